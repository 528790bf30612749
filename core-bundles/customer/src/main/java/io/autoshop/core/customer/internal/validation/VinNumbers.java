package io.autoshop.core.customer.internal.validation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Normalizes and validates 17-character vehicle identification numbers (VINs) in the ISO 3779 layout,
 * including the check digit at position 9 that North American and Chinese VINs carry.
 */
public final class VinNumbers {

    /**
     * Result of {@link #check}. An error rejects the VIN. A warning flags a VIN that may still be right,
     * such as a European VIN whose position 9 is not a check digit.
     *
     * @param error why the VIN is rejected, or null when it is accepted
     * @param warning what looks wrong in an accepted VIN, or null when nothing does
     */
    public record VinCheck(String error, String warning) {

        public VinCheck {
            if (error != null && warning != null) {
                throw new IllegalArgumentException("A VIN check has either an error or a warning, not both");
            }
        }

        static VinCheck accepted() {
            return new VinCheck(null, null);
        }

        static VinCheck rejected(String error) {
            return new VinCheck(error, null);
        }

        static VinCheck acceptedWithWarning(String warning) {
            return new VinCheck(null, warning);
        }

        /** Returns true when the VIN is accepted, with or without a warning. */
        public boolean valid() {
            return error == null;
        }

        /** Returns the error or the warning as a field problem, or an empty optional when there is neither. */
        public Optional<FieldProblem> problem() {
            if (error != null) {
                return Optional.of(FieldProblem.error(error));
            }
            if (warning != null) {
                return Optional.of(FieldProblem.warning(warning));
            }
            return Optional.empty();
        }
    }

    static final int LENGTH = 17;

    /** Zero-based index of the check digit, which VIN numbering calls position 9. */
    static final int CHECK_DIGIT_INDEX = 8;

    /** Weight of each position in the check digit sum. The check digit position itself has weight 0. */
    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

    /**
     * Value of each letter A to Z in the check digit sum. I, O and Q never occur in a VIN and have no value.
     */
    private static final int[] LETTER_VALUES = {
        1, 2, 3, 4, 5, 6, 7, 8, // A-H
        -1, // I
        1, 2, 3, 4, 5, // J-N
        -1, // O
        7, // P
        -1, // Q
        9, // R
        2, 3, 4, 5, 6, 7, 8, 9 // S-Z
    };

    private VinNumbers() {
    }

    /**
     * Normalizes a VIN as typed: trims it, applies NFKC so full-width letters and digits become ASCII,
     * converts to upper case and removes all spaces.
     *
     * @return the normalized VIN, or null when {@code raw} is null
     */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String folded = Normalizer.normalize(raw.strip(), Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        StringBuilder normalized = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(codePoint -> !Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint))
                .forEach(normalized::appendCodePoint);
        return normalized.toString();
    }

    /**
     * Checks a VIN that {@link #normalize} has already cleaned. A wrong check digit is an error for VINs that
     * start with L (China) or 1 to 5 (North America), where the check digit is mandatory, and a warning for
     * all other VINs.
     */
    public static VinCheck check(String vin) {
        if (vin == null || vin.isEmpty()) {
            return VinCheck.rejected("VIN is missing");
        }
        int[] characters = vin.codePoints().toArray();
        if (characters.length != LENGTH) {
            return VinCheck.rejected(String.format("VIN %s has %d characters: 17 expected", vin, characters.length));
        }
        String problem = firstCharacterProblem(vin, characters);
        if (problem != null) {
            return VinCheck.rejected(problem);
        }
        if (vin.chars().distinct().count() == 1) {
            return VinCheck.rejected(String.format(
                    "VIN %s is a placeholder made of one repeated character: enter the VIN shown on the vehicle",
                    vin));
        }
        char expected = computeCheckDigit(vin);
        char actual = vin.charAt(CHECK_DIGIT_INDEX);
        if (actual == expected) {
            return VinCheck.accepted();
        }
        if (requiresCheckDigit(vin)) {
            return VinCheck.rejected(String.format(
                    "VIN %s has check digit %s at position 9 but %s is expected: check the VIN for a typing error",
                    vin, actual, expected));
        }
        return VinCheck.acceptedWithWarning(String.format(
                "VIN %s has %s at position 9 but the computed check digit is %s: check the VIN for a typing error"
                        + " unless the manufacturer does not use a check digit",
                vin, actual, expected));
    }

    /**
     * Computes the check digit for position 9: each character's value times its position weight, summed, modulo
     * 11, with 10 written as X. The character at position 9 does not affect the result.
     *
     * @param vin a 17-character VIN of digits and upper-case letters other than I, O and Q
     * @return the check digit '0' to '9' or 'X'
     * @throws IllegalArgumentException when {@code vin} is null, has the wrong length or contains a character
     *     that a VIN cannot contain
     */
    public static char checkDigit(String vin) {
        if (vin == null) {
            throw new IllegalArgumentException("VIN is missing: a check digit needs a 17-character VIN");
        }
        int[] characters = vin.codePoints().toArray();
        if (characters.length != LENGTH) {
            throw new IllegalArgumentException(String.format(
                    "VIN %s has %d characters: 17 expected to compute a check digit", vin, characters.length));
        }
        String problem = firstCharacterProblem(vin, characters);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return computeCheckDigit(vin);
    }

    private static char computeCheckDigit(String vin) {
        int sum = 0;
        for (int i = 0; i < LENGTH; i++) {
            sum += value(vin.charAt(i)) * WEIGHTS[i];
        }
        int remainder = sum % 11;
        return remainder == 10 ? 'X' : (char) ('0' + remainder);
    }

    /** Returns the value of a digit or an allowed letter, or -1 for any other character. */
    private static int value(int character) {
        if (character >= '0' && character <= '9') {
            return character - '0';
        }
        if (character >= 'A' && character <= 'Z') {
            return LETTER_VALUES[character - 'A'];
        }
        return -1;
    }

    /** Returns why the first disallowed character cannot occur in a VIN, or null when all are allowed. */
    private static String firstCharacterProblem(String vin, int[] characters) {
        for (int i = 0; i < characters.length; i++) {
            int character = characters[i];
            int position = i + 1;
            if (character == 'I' || character == 'O' || character == 'Q') {
                char digit = character == 'I' ? '1' : '0';
                return String.format(
                        "VIN %s contains the letter %c at position %d, which VINs never use: enter the digit %c"
                                + " instead",
                        vin, character, position, digit);
            }
            if (value(character) < 0) {
                return String.format(
                        "VIN %s contains '%s' at position %d: only digits and upper-case letters other than I, O"
                                + " and Q are allowed",
                        vin, new String(Character.toChars(character)), position);
            }
        }
        return null;
    }

    /** Returns true for VINs from China (L) and North America (1 to 5), where the check digit is mandatory. */
    private static boolean requiresCheckDigit(String vin) {
        char region = vin.charAt(0);
        return region == 'L' || (region >= '1' && region <= '5');
    }
}

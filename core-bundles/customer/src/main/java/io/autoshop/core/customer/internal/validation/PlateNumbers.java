package io.autoshop.core.customer.internal.validation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Normalizes and validates mainland China vehicle plate numbers: ordinary 7-character plates, 8-character
 * new-energy plates, and special plates such as police, learner, trailer and embassy plates.
 */
public final class PlateNumbers {

    /** Plate category, derived from the plate's layout. */
    public enum PlateType {
        /** Province, authority letter and five letters or digits, for example 浙B7G2K1. */
        ORDINARY,
        /** New-energy plate for small vehicles, with the energy letter third, for example 皖AFK8612. */
        NEW_ENERGY_SMALL,
        /** New-energy plate for large vehicles, with the energy letter last, for example 川A24680D. */
        NEW_ENERGY_LARGE,
        /** Police, learner, trailer, Hong Kong, Macau, consulate or embassy plate, for example 闽D1234挂. */
        SPECIAL
    }

    /**
     * Result of {@link #check}: the plate type when the plate is valid, otherwise a message that names the
     * value and what is expected.
     *
     * @param valid true when the plate matches one of the known layouts
     * @param type the plate type, or null when the plate is invalid
     * @param message why the plate is invalid, or null when it is valid
     */
    public record PlateCheck(boolean valid, PlateType type, String message) {

        public PlateCheck {
            if (valid && (type == null || message != null)) {
                throw new IllegalArgumentException("A valid plate needs a type and no message");
            }
            if (!valid && (type != null || message == null)) {
                throw new IllegalArgumentException("An invalid plate needs a message and no type");
            }
        }

        static PlateCheck of(PlateType type) {
            return new PlateCheck(true, type, null);
        }

        static PlateCheck invalid(String message) {
            return new PlateCheck(false, null, message);
        }

        /** Returns the error for an invalid plate, or an empty optional for a valid one. */
        public Optional<FieldProblem> problem() {
            return valid ? Optional.empty() : Optional.of(FieldProblem.error(message));
        }
    }

    /** The 31 province-level abbreviations that open every plate except embassy plates. */
    static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

    /** Characters that replace the last serial character on police, learner, trailer and similar plates. */
    static final String SPECIAL_SUFFIXES = "警学挂港澳领";

    /** Letters allowed third on a small new-energy plate. D (electric) and F (hybrid) are the common ones. */
    private static final String SMALL_NEW_ENERGY_LETTERS = "ABCDEFGHJK";

    private static final String LARGE_NEW_ENERGY_LETTERS = "DF";

    private static final int EMBASSY_PREFIX = '使';

    private static final int ORDINARY_LENGTH = 7;

    private static final int NEW_ENERGY_LENGTH = 8;

    private static final int EMBASSY_DIGITS = 6;

    private PlateNumbers() {
    }

    /**
     * Normalizes a plate as typed: trims it, applies NFKC so full-width letters, digits and spaces become
     * ASCII, converts to upper case, and removes spaces, hyphens and the separator dots '·', '・' and '.'.
     * Letters are never replaced by look-alike digits, so O stays O and I stays I.
     *
     * @return the normalized plate, or null when {@code raw} is null
     */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String folded = Normalizer.normalize(raw.strip(), Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        StringBuilder normalized = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(codePoint -> !isSeparator(codePoint))
                .forEach(normalized::appendCodePoint);
        return normalized.toString();
    }

    private static boolean isSeparator(int codePoint) {
        return codePoint == '\u00B7'
                || codePoint == '\u30FB'
                || codePoint == '.'
                || codePoint == '\u2212'
                || Character.getType(codePoint) == Character.DASH_PUNCTUATION
                || Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint);
    }

    /**
     * Checks a plate that {@link #normalize} has already cleaned. Lower-case letters, spaces and separators
     * make the plate invalid here.
     */
    public static PlateCheck check(String normalized) {
        if (normalized == null || normalized.isEmpty()) {
            return PlateCheck.invalid("Plate number is missing");
        }
        int[] characters = normalized.codePoints().toArray();
        if (characters[0] == EMBASSY_PREFIX) {
            return checkEmbassy(normalized, characters);
        }
        if (PROVINCES.indexOf(characters[0]) < 0) {
            return PlateCheck.invalid(String.format(
                    "Plate %s starts with %s: a province abbreviation such as 京, 沪 or 粤 is expected",
                    normalized, text(characters[0])));
        }
        if (characters.length < ORDINARY_LENGTH) {
            return PlateCheck.invalid(String.format(
                    "Plate %s is too short: 7 characters expected (8 for new-energy plates)", normalized));
        }
        if (characters.length > NEW_ENERGY_LENGTH) {
            return PlateCheck.invalid(String.format(
                    "Plate %s is too long: 7 characters expected (8 for new-energy plates)", normalized));
        }
        if (!isSerialLetter(characters[1])) {
            return PlateCheck.invalid(String.format(
                    "Plate %s has %s after the province: a letter A-Z other than I and O is expected",
                    normalized, text(characters[1])));
        }
        if (characters.length == ORDINARY_LENGTH) {
            return checkSevenCharacters(normalized, characters);
        }
        return checkNewEnergy(normalized, characters);
    }

    private static PlateCheck checkEmbassy(String plate, int[] characters) {
        boolean sixDigits = characters.length == 1 + EMBASSY_DIGITS && allDigits(characters, 1, characters.length);
        if (sixDigits) {
            return PlateCheck.of(PlateType.SPECIAL);
        }
        return PlateCheck.invalid(String.format(
                "Plate %s is not a valid embassy plate: 使 followed by 6 digits is expected", plate));
    }

    /** Checks an ordinary plate, or a special plate whose last character is one of {@link #SPECIAL_SUFFIXES}. */
    private static PlateCheck checkSevenCharacters(String plate, int[] characters) {
        int last = characters[characters.length - 1];
        boolean special = SPECIAL_SUFFIXES.indexOf(last) >= 0;
        int serialEnd = special ? characters.length - 1 : characters.length;
        for (int i = 2; i < serialEnd; i++) {
            String problem = serialCharacterProblem(plate, characters[i]);
            if (problem != null) {
                return PlateCheck.invalid(problem);
            }
        }
        return PlateCheck.of(special ? PlateType.SPECIAL : PlateType.ORDINARY);
    }

    /**
     * Checks an 8-character plate. Small vehicles have an energy letter, a letter or digit and four digits,
     * for example 皖AFK8612. Large vehicles have five digits and then D or F, for example 川A24680D.
     */
    private static PlateCheck checkNewEnergy(String plate, int[] characters) {
        for (int i = 2; i < characters.length; i++) {
            if (characters[i] == 'I' || characters[i] == 'O') {
                return PlateCheck.invalid(serialCharacterProblem(plate, characters[i]));
            }
        }
        boolean small = SMALL_NEW_ENERGY_LETTERS.indexOf(characters[2]) >= 0
                && isSerialCharacter(characters[3])
                && allDigits(characters, 4, 8);
        if (small) {
            return PlateCheck.of(PlateType.NEW_ENERGY_SMALL);
        }
        boolean large = allDigits(characters, 2, 7) && LARGE_NEW_ENERGY_LETTERS.indexOf(characters[7]) >= 0;
        if (large) {
            return PlateCheck.of(PlateType.NEW_ENERGY_LARGE);
        }
        String prefix = text(characters[0]) + text(characters[1]);
        return PlateCheck.invalid(String.format(
                "Plate %s has 8 characters but is not a valid new-energy plate. Expected after %s: a letter A-K"
                        + " other than I (usually D or F), a letter or digit and 4 digits for small vehicles,"
                        + " or 5 digits and then D or F for large vehicles",
                plate, prefix));
    }

    /** Returns why one character after the authority letter is not allowed, or null when it is allowed. */
    private static String serialCharacterProblem(String plate, int character) {
        if (character == 'I' || character == 'O') {
            char digit = character == 'I' ? '1' : '0';
            return String.format(
                    "Plate %s contains the letter %s, which plates never use: enter the digit %s if the plate shows it",
                    plate, text(character), digit);
        }
        if (!isSerialCharacter(character)) {
            return String.format(
                    "Plate %s contains %s: only letters other than I and O and digits may follow the authority letter",
                    plate, text(character));
        }
        return null;
    }

    private static boolean isSerialCharacter(int character) {
        return isDigit(character) || isSerialLetter(character);
    }

    private static boolean isSerialLetter(int character) {
        return character >= 'A' && character <= 'Z' && character != 'I' && character != 'O';
    }

    private static boolean isDigit(int character) {
        return character >= '0' && character <= '9';
    }

    private static boolean allDigits(int[] characters, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(characters[i])) {
                return false;
            }
        }
        return true;
    }

    private static String text(int codePoint) {
        return new String(Character.toChars(codePoint));
    }
}

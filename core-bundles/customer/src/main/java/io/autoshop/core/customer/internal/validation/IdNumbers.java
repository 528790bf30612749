package io.autoshop.core.customer.internal.validation;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Normalizes and validates resident identity numbers of mainland China (GB 11643): a 6-digit area code, the
 * 8-digit birth date (accepted from 1900 to today), a 3-digit sequence and a check character computed with ISO 7064 MOD 11-2. Legacy 15-digit
 * numbers are upgraded by inserting the century 19 and computing the check character.
 */
public final class IdNumbers {

    private static final int LENGTH = 18;
    private static final int LEGACY_LENGTH = 15;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    private IdNumbers() {
    }

    /**
     * Normalizes an ID number as typed: applies NFKC so full-width characters become ASCII, removes spaces and
     * upper-cases a trailing x.
     *
     * @return the cleaned number, an empty string for blank input, or null when {@code raw} is null
     */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder cleaned = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(codePoint -> !Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint))
                .forEach(cleaned::appendCodePoint);
        return cleaned.toString().toUpperCase(Locale.ROOT);
    }

    /**
     * Upgrades a valid-looking legacy 15-digit number to 18 characters and leaves any other text unchanged.
     */
    public static String upgrade(String normalized) {
        if (normalized.length() != LEGACY_LENGTH || !normalized.chars().allMatch(IdNumbers::isDigit)) {
            return normalized;
        }
        String body = normalized.substring(0, 6) + "19" + normalized.substring(6);
        return body + checkCharacter(body);
    }

    /**
     * Checks a normalized 18-character number.
     *
     * @return null when valid, otherwise a message that names what is wrong without repeating the number
     */
    public static String check(String normalized) {
        if (normalized.length() != LENGTH) {
            return "must be 18 characters (or a legacy 15-digit number), got " + normalized.length();
        }
        String body = normalized.substring(0, LENGTH - 1);
        if (!body.chars().allMatch(IdNumbers::isDigit)) {
            return "must be 17 digits followed by a digit or X";
        }
        if (!validBirthDate(body.substring(6, 14))) {
            return "contains an invalid birth date in characters 7 to 14";
        }
        if (checkCharacter(body) != normalized.charAt(LENGTH - 1)) {
            return "has an invalid check character";
        }
        return null;
    }

    /**
     * Returns the ISO 7064 MOD 11-2 check character of the first 17 digits.
     */
    static char checkCharacter(String body) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static boolean validBirthDate(String digits) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(digits.substring(0, 4)),
                    Integer.parseInt(digits.substring(4, 6)), Integer.parseInt(digits.substring(6, 8)));
            return date.getYear() >= 1900 && !date.isAfter(LocalDate.now());
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean isDigit(int character) {
        return character >= '0' && character <= '9';
    }
}

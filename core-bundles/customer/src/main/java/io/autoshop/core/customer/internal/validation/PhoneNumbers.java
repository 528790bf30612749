package io.autoshop.core.customer.internal.validation;

import java.text.Normalizer;

/**
 * Normalizes, validates and masks mainland China mobile numbers: 11 digits starting with 13 to 19.
 */
public final class PhoneNumbers {

    private static final int MOBILE_LENGTH = 11;

    /** Leading and trailing characters that {@link #mask} leaves visible. */
    private static final int VISIBLE_PREFIX = 3;

    private static final int VISIBLE_SUFFIX = 4;

    /** Country-code prefixes for mainland China that {@link #normalize} removes. */
    private static final String[] MAINLAND_PREFIXES = {"0086", "+86", "86"};

    private PhoneNumbers() {
    }

    /**
     * Normalizes a phone number as typed: applies NFKC so full-width digits become ASCII, removes spaces,
     * hyphens and parentheses, and then removes a leading +86, 0086 or 86 when exactly 11 digits follow it.
     *
     * @return the 11 digits of a mainland number, the cleaned input when it has some other form, or null
     *     when {@code raw} is null
     */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder cleaned = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(codePoint -> !isSeparator(codePoint))
                .forEach(cleaned::appendCodePoint);
        String number = cleaned.toString();
        for (String prefix : MAINLAND_PREFIXES) {
            if (number.startsWith(prefix)) {
                String rest = number.substring(prefix.length());
                if (rest.length() == MOBILE_LENGTH && allDigits(rest)) {
                    return rest;
                }
            }
        }
        return number;
    }

    private static boolean isSeparator(int codePoint) {
        return codePoint == '('
                || codePoint == ')'
                || codePoint == '\u2212'
                || Character.getType(codePoint) == Character.DASH_PUNCTUATION
                || Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint);
    }

    /**
     * Checks a phone number that {@link #normalize} has already cleaned.
     *
     * @return why the number is not a mainland China mobile number, or null when it is one
     */
    public static String check(String normalized) {
        if (normalized == null || normalized.isEmpty()) {
            return "Phone number is missing";
        }
        if (normalized.startsWith("+") || normalized.startsWith("00")) {
            return internationalProblem(normalized);
        }
        for (int i = 0; i < normalized.length(); i++) {
            char character = normalized.charAt(i);
            if (!isDigit(character)) {
                return String.format(
                        "Phone number %s contains '%s': only digits are allowed",
                        normalized, new String(Character.toChars(normalized.codePointAt(i))));
            }
        }
        if (normalized.length() != MOBILE_LENGTH) {
            return String.format(
                    "Phone number %s has %d digits: 11 expected for a mainland China mobile number",
                    normalized, normalized.length());
        }
        char second = normalized.charAt(1);
        if (normalized.charAt(0) != '1' || second < '3') {
            return String.format(
                    "Phone number %s is not a mainland China mobile number: 11 digits starting with 13 to 19 expected",
                    normalized);
        }
        return null;
    }

    /** Returns the message for a number with an international prefix that normalization did not remove. */
    private static String internationalProblem(String number) {
        String digits = number.startsWith("+") ? number.substring(1) : number.substring(2);
        if (digits.startsWith("86")) {
            return String.format(
                    "Phone number %s has a mainland China country code but not 11 digits after it: 11 expected",
                    number);
        }
        String region = regionName(digits);
        if (region != null) {
            return String.format(
                    "Phone number %s is a %s number: a mainland China mobile number of 11 digits starting with 1"
                            + " is expected",
                    number, region);
        }
        return String.format(
                "Phone number %s is an international number: a mainland China mobile number of 11 digits starting"
                        + " with 1 is expected",
                number);
    }

    private static String regionName(String digits) {
        if (digits.startsWith("852")) {
            return "Hong Kong";
        }
        if (digits.startsWith("853")) {
            return "Macau";
        }
        if (digits.startsWith("886")) {
            return "Taiwan";
        }
        return null;
    }

    /**
     * Masks a phone number for logs and display, keeping the first 3 and last 4 characters, so 13812345678
     * becomes 138****5678. A value of 7 characters or fewer is masked completely, so that no value is ever
     * shown whole.
     *
     * @return the masked value, or null when {@code number} is null
     */
    public static String mask(String number) {
        if (number == null) {
            return null;
        }
        int[] characters = number.codePoints().toArray();
        int length = characters.length;
        if (length <= VISIBLE_PREFIX + VISIBLE_SUFFIX) {
            return "*".repeat(length);
        }
        return new String(characters, 0, VISIBLE_PREFIX)
                + "*".repeat(length - VISIBLE_PREFIX - VISIBLE_SUFFIX)
                + new String(characters, length - VISIBLE_SUFFIX, VISIBLE_SUFFIX);
    }

    /**
     * Returns the last four digits of a phone number, for example to let a customer confirm a number.
     * Full-width digits count as digits, and all other characters are ignored.
     *
     * @return four ASCII digits, or null when {@code number} is null or contains fewer than four digits
     */
    public static String lastFour(String number) {
        if (number == null) {
            return null;
        }
        String folded = Normalizer.normalize(number, Normalizer.Form.NFKC);
        StringBuilder reversed = new StringBuilder(VISIBLE_SUFFIX);
        for (int i = folded.length() - 1; i >= 0 && reversed.length() < VISIBLE_SUFFIX; i--) {
            char character = folded.charAt(i);
            if (isDigit(character)) {
                reversed.append(character);
            }
        }
        if (reversed.length() < VISIBLE_SUFFIX) {
            return null;
        }
        return reversed.reverse().toString();
    }

    private static boolean isDigit(char character) {
        return character >= '0' && character <= '9';
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}

package io.autoshop.core.workorder.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Recognises the form of a search text: plate, phone number or last four digits of one.
 */
final class SearchText {

    private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使";

    private SearchText() {
    }

    /**
     * Normalises a plate the way vehicles store it: NFKC, upper case, without spaces, dots and hyphens.
     */
    static String plate(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT)
                .replaceAll("[\\s·・.\\-]", "");
    }

    /**
     * Returns the normalised plate when the text has the shape of a plate, else {@code null}.
     */
    static String validPlate(String text) {
        String plate = plate(text);
        boolean shaped = (plate.length() == 7 || plate.length() == 8) && PROVINCES.indexOf(plate.charAt(0)) >= 0
                && plate.substring(1).matches("[A-Z0-9挂学警港澳领]+");
        return shaped ? plate : null;
    }

    /**
     * Tells whether the text is a phone number or the last four digits of one.
     */
    static boolean isPhoneLike(String text) {
        String digits = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\-+()]", "");
        return digits.matches("\\d{4}") || digits.matches("(0086|86)?1[3-9]\\d{9}");
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

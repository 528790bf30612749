package io.autoshop.core.transfer.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Reasons for rejected rows in Chinese and English. Each row's reason is stored in both languages, so that a report
 * is returned in the language of each request.
 */
final class Messages {

    static final String MISSING_VALUE = "missing.value";
    static final String INVALID_DATE = "invalid.date";
    static final String INVALID_AMOUNT = "invalid.amount";
    static final String INVALID_NUMBER = "invalid.number";
    static final String INVALID_FIELD = "invalid.field";
    static final String INVALID_CHOICE = "invalid.choice";
    static final String INVALID_LINE = "invalid.line";
    static final String CONFLICT = "conflict";
    static final String OWNER_NOT_FOUND = "owner.not.found";
    static final String VEHICLE_NOT_FOUND = "vehicle.not.found";
    static final String PART_NOT_FOUND = "part.not.found";
    static final String DIFFERS_FROM_EXISTING = "differs.from.existing";
    static final String TOTAL_MISMATCH = "total.mismatch";
    static final String DUPLICATE_IN_FILE = "duplicate.in.file";
    static final String FAILED = "failed";

    private static final Map<String, String[]> TEXTS = Map.ofEntries(
            Map.entry(MISSING_VALUE, new String[] {"缺少{0}", "{0} is missing"}),
            Map.entry(INVALID_DATE, new String[] {"日期“{1}”无效（{0}）", "Invalid date ''{1}'' in {0}"}),
            Map.entry(INVALID_AMOUNT, new String[] {"金额“{1}”无效（{0}）", "Invalid amount ''{1}'' in {0}"}),
            Map.entry(INVALID_NUMBER, new String[] {"数字“{1}”无效（{0}）", "Invalid number ''{1}'' in {0}"}),
            Map.entry(INVALID_FIELD, new String[] {"{0}无效：{1}", "{0} is invalid: {1}"}),
            Map.entry(INVALID_CHOICE, new String[] {"{0}“{1}”无法识别，可填：{2}",
                "{0} ''{1}'' is not recognised; expected one of {2}"}),
            Map.entry(INVALID_LINE, new String[] {"{0}第{1}项“{2}”格式无效，应为{3}",
                "Item {1} of {0} ''{2}'' is malformed; expected {3}"}),
            Map.entry(CONFLICT, new String[] {"与现有数据冲突：{0}", "Conflicts with existing data: {0}"}),
            Map.entry(OWNER_NOT_FOUND, new String[] {"没有手机号为{0}的客户，请先导入客户",
                "No customer has the phone number {0}; import the customers first"}),
            Map.entry(VEHICLE_NOT_FOUND, new String[] {"没有车牌为{0}的车辆，请先导入车辆",
                "No vehicle has the plate {0}; import the vehicles first"}),
            Map.entry(PART_NOT_FOUND, new String[] {"没有编码为{0}的配件，请先导入配件",
                "No part has the code {0}; import the parts first"}),
            Map.entry(DIFFERS_FROM_EXISTING, new String[] {"已存在的{0}“{1}”与本行不同（{2}），未修改",
                "The existing {0} ''{1}'' differs from this row ({2}) and was left unchanged"}),
            Map.entry(TOTAL_MISMATCH, new String[] {"合计{0}与明细计算结果{1}不符",
                "Total {0} does not match {1} computed from the lines"}),
            Map.entry(DUPLICATE_IN_FILE, new String[] {"与第{0}行的{1}重复但内容不同，未导入",
                "Repeats {1} of line {0} with other values and was not imported"}),
            Map.entry(FAILED, new String[] {"处理失败：{0}", "Processing failed: {0}"}));

    private Messages() {
    }

    /** Formats the message in Chinese or English; a {@link RowReader.Label} argument shows its name in that language. */
    static String format(String key, boolean chinese, Object... arguments) {
        String[] texts = TEXTS.get(key);
        if (texts == null) {
            throw new IllegalArgumentException("Unknown message key " + key);
        }
        Object[] localized = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            localized[i] = arguments[i] instanceof RowReader.Label label
                    ? (chinese ? label.chinese() : label.english()) : String.valueOf(arguments[i]);
        }
        MessageFormat format = new MessageFormat(chinese ? texts[0] : texts[1], chinese ? Locale.CHINA : Locale.ROOT);
        return format.format(localized);
    }

    /** Returns whether a report for this Accept-Language header should be in Chinese; Chinese is the default. */
    static boolean prefersChinese(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return true;
        }
        double chinese = -1;
        double english = -1;
        for (String part : acceptLanguage.split(",")) {
            String[] pieces = part.strip().split(";");
            String tag = pieces[0].strip().toLowerCase(Locale.ROOT);
            double quality = 1;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].strip();
                if (parameter.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            if (tag.startsWith("zh") || tag.equals("*")) {
                chinese = Math.max(chinese, quality);
            } else if (tag.startsWith("en")) {
                english = Math.max(english, quality);
            }
        }
        return !(english > chinese);
    }
}

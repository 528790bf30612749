package io.autoshop.core.transfer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void acceptLanguagePicksChineseByDefault() {
        assertTrue(Messages.prefersChinese(null));
        assertTrue(Messages.prefersChinese("zh-CN,zh;q=0.9,en;q=0.8"));
        assertTrue(Messages.prefersChinese("fr-FR"));
        assertFalse(Messages.prefersChinese("en-US,en;q=0.9"));
        assertFalse(Messages.prefersChinese("zh;q=0.5, en"));
    }

    @Test
    void labelsFollowTheLanguage() {
        RowReader.Label label = new RowReader.Label("手机", "Phone");

        assertEquals("缺少手机", Messages.format(Messages.MISSING_VALUE, true, label));
        assertEquals("Phone is missing", Messages.format(Messages.MISSING_VALUE, false, label));
        assertEquals("Invalid date '2023年2月29日' in Received",
                Messages.format(Messages.INVALID_DATE, false, new RowReader.Label("进厂日期", "Received"), "2023年2月29日"));
    }
}

package io.autoshop.core.transfer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    @Test
    void chineseAndEnglishSynonymsInAnyOrder() {
        ColumnMapping mapping = ColumnMapping.detect(TransferKind.CUSTOMERS,
                List.of("备注", "Mobile", "姓名", "ignored"), Map.of());

        assertEquals(Map.of("备注", "notes", "Mobile", "phone", "姓名", "name"), mapping.asMap());
    }

    @Test
    void fullWidthHeadersAndUnitsInBrackets() {
        ColumnMapping mapping = ColumnMapping.detect(TransferKind.PARTS,
                List.of("配件编码", "品名", "单位", "售价（元）", "ＶＩＮ"), Map.of());

        assertEquals("salePrice", mapping.asMap().get("售价（元）"));
    }

    @Test
    void firstOfTwoMatchingColumnsWins() {
        ColumnMapping mapping = ColumnMapping.detect(TransferKind.CUSTOMERS, List.of("姓名", "手机", "电话"), Map.of());

        assertEquals(Map.of("姓名", "name", "手机", "phone"), mapping.asMap());
    }

    @Test
    void overrideReplacesDetection() {
        ColumnMapping mapping = ColumnMapping.detect(TransferKind.CUSTOMERS, List.of("姓名", "手机", "联系方式"),
                Map.of("联系方式", "phone", "手机", "-"));

        assertEquals(Map.of("姓名", "name", "联系方式", "phone"), mapping.asMap());
    }

    @Test
    void missingRequiredColumnIsNamed() {
        ColumnMapping.MappingException e = assertThrows(ColumnMapping.MappingException.class,
                () -> ColumnMapping.detect(TransferKind.VEHICLES, List.of("车牌", "品牌"), Map.of()));

        assertTrue(e.getMessage().contains("车主手机 (ownerPhone)"), e.getMessage());
    }

    @Test
    void unknownFieldOrHeaderInOverrideIsRejected() {
        assertThrows(ColumnMapping.MappingException.class, () -> ColumnMapping.detect(TransferKind.CUSTOMERS,
                List.of("姓名", "手机"), Map.of("手机", "mobileNumber")));
        assertThrows(ColumnMapping.MappingException.class, () -> ColumnMapping.detect(TransferKind.CUSTOMERS,
                List.of("姓名", "手机"), Map.of("微信", "phone")));
    }
}

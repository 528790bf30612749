package io.autoshop.core.transfer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class SpreadsheetFilesTest {

    @Test
    void csvQuotedFieldsAndLineNumbers() {
        String text = "名称,备注\r\n\"王,伟\",\"说\"\"好\"\"\"\r\n\r\n李娜,\"两\n行\"\n张三,\n";

        Table table = CsvFiles.parse(text);

        assertEquals(List.of("名称", "备注"), table.headers());
        assertEquals(3, table.rows().size());
        assertEquals(List.of("王,伟", "说\"好\""), table.rows().get(0).cells());
        assertEquals(2, table.rows().get(0).line());
        assertEquals("两\n行", table.rows().get(1).cell(1));
        assertEquals(4, table.rows().get(1).line());
        assertEquals(6, table.rows().get(2).line());
    }

    @Test
    void encodingDetection() {
        String text = "客户名称,手机\n王伟,13800138000\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);

        assertEquals(text, CsvFiles.decode(utf8));
        assertEquals(text, CsvFiles.decode(withBom));
        assertEquals(text, CsvFiles.decode(text.getBytes(java.nio.charset.Charset.forName("GBK"))));
        assertEquals(text, CsvFiles.decode(withUtf16Bom(text)));
    }

    private static byte[] withUtf16Bom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }

    @Test
    void csvExportHasBomAndGuardsFormulas() {
        byte[] bytes = CsvFiles.write(List.of("客户名称", "备注"), List.of(List.of("王伟", "=1+1"), List.of("李,娜", "")));

        assertEquals(0xEF, bytes[0] & 0xFF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals("客户名称,备注\r\n王伟,'=1+1\r\n\"李,娜\",\r\n", text);
        Table back = Spreadsheets.read(bytes);
        assertEquals("=1+1", CellValues.text(back.rows().get(0).cell(1)));
    }

    @Test
    void xlsxWriteThenRead() {
        List<List<String>> rows = List.of(List.of("王伟", "13800138000", "", "<&>\"备注\""),
                List.of("-负号", "13900139000", "单位", ""));

        byte[] bytes = XlsxFiles.write("客户", List.of("客户名称", "手机", "客户类型", "备注"), rows);
        Table table = Spreadsheets.read(bytes);

        assertEquals(List.of("客户名称", "手机", "客户类型", "备注"), table.headers());
        assertEquals(2, table.rows().size());
        assertEquals(List.of("王伟", "13800138000", "", "<&>\"备注\""), table.rows().get(0).cells());
        assertEquals("-负号", CellValues.text(table.rows().get(1).cell(0)));
        assertEquals(3, table.rows().get(1).line());
    }

    @Test
    void xlsxWithExternalEntityIsRejected() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                    + "<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&e;</t></is></c></row>"
                    + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        Spreadsheets.InvalidFileException e = assertThrows(Spreadsheets.InvalidFileException.class,
                () -> Spreadsheets.read(bytes.toByteArray()));
        assertTrue(e.getMessage().contains("XML"), e.getMessage());
    }

    @Test
    void brokenZipIsRejected() {
        byte[] bytes = {'P', 'K', 3, 4, 1, 2, 3};

        assertThrows(Spreadsheets.InvalidFileException.class, () -> Spreadsheets.read(bytes));
    }

    @Test
    void columnLettersAndIndexes() {
        assertEquals(0, XlsxFiles.columnIndex("A1"));
        assertEquals(27, XlsxFiles.columnIndex("AB12"));
        assertEquals("AB", XlsxFiles.columnName(27));
    }
}

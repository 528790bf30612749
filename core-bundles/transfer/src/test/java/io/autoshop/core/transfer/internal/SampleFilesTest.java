package io.autoshop.core.transfer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reads the files of samples/legacy-export and checks what the reader and the column mapping find, and the rows that
 * fail on their cell values alone. The counts of a full import are checked over HTTP by TransferApiIT.
 */
class SampleFilesTest {

    private static final Path SAMPLES = Path.of("..", "..", "samples", "legacy-export");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void customersGbkCsv() throws IOException {
        byte[] bytes = Files.readAllBytes(SAMPLES.resolve("customers.csv"));
        Table table = Spreadsheets.read(bytes);
        ColumnMapping mapping = ColumnMapping.detect(TransferKind.CUSTOMERS, table.headers(), Map.of());

        assertEquals(688, table.rows().size());
        assertEquals(Map.of("手机号码", "phone", "姓名", "name", "客户类型", "type", "备注", "notes"), mapping.asMap());
        assertTrue(CsvFiles.decode(bytes).contains("VIP，享九折"), "GBK text decoded");
        assertEquals(12, blankLines(bytes), "blank lines in the file, skipped by the reader");
        long withoutName = table.rows().stream().filter(row -> CellValues.text(mapping.cell(row, "name")) == null)
                .count();
        assertEquals(5, withoutName);
        assertTrue(table.rows().stream().anyMatch(row -> row.cell(0).startsWith("１")), "full-width phone kept");
    }

    @Test
    void vehiclesXlsx() throws IOException {
        Table table = Spreadsheets.read(Files.readAllBytes(SAMPLES.resolve("vehicles.xlsx")));
        ColumnMapping mapping = ColumnMapping.detect(TransferKind.VEHICLES, table.headers(), Map.of());

        assertEquals(732, table.rows().size());
        assertEquals(List.of("plate", "vin", "ownerPhone", "make", "model", "year", "color", "odometerKm"),
                new ArrayList<>(mapping.asMap().values()));
        for (Table.Row row : table.rows()) {
            RowReader reader = new RowReader(mapping, row);
            assertNotNull(reader.integer("odometerKm"), "line " + row.line());
            assertTrue(Lookups.mobileDigits(reader.phone("ownerPhone")) != null, "line " + row.line());
        }
        assertTrue(table.rows().get(table.rows().size() - 1).line() > 732 + 1, "row numbers count the blank rows");
    }

    @Test
    void partsGbkCsv() throws IOException {
        Table table = Spreadsheets.read(Files.readAllBytes(SAMPLES.resolve("parts.csv")));
        ColumnMapping mapping = ColumnMapping.detect(TransferKind.PARTS, table.headers(), Map.of());

        assertEquals(278, table.rows().size());
        assertEquals("salePrice", mapping.asMap().get("售价(元)"));
        int unreadablePrices = 0;
        for (Table.Row row : table.rows()) {
            try {
                new RowReader(mapping, row).amount("salePrice");
            } catch (RowRejectedException e) {
                unreadablePrices++;
            }
        }
        assertEquals(2, unreadablePrices, "12.345 and 1,23.00");
        assertTrue(table.rows().stream().anyMatch(row -> row.cell(0).startsWith("ＢＰ")), "full-width code kept");
    }

    @Test
    void workOrdersXlsx() throws IOException {
        Table table = Spreadsheets.read(Files.readAllBytes(SAMPLES.resolve("work-orders.xlsx")));
        ColumnMapping mapping = ColumnMapping.detect(TransferKind.WORK_ORDERS, table.headers(), Map.of());

        assertEquals(542, table.rows().size());
        assertEquals(13, mapping.asMap().size());
        int impossibleDates = 0;
        int serials = 0;
        for (Table.Row row : table.rows()) {
            String received = mapping.cell(row, "receivedAt");
            if (received.matches("\\d+")) {
                serials++;
            }
            try {
                new RowReader(mapping, row).dateTime("receivedAt", SHANGHAI);
            } catch (RowRejectedException e) {
                impossibleDates++;
            }
        }
        assertEquals(2, impossibleDates, "2023年2月29日 twice");
        assertTrue(serials > 50, "Excel date serials: " + serials);
    }

    private static int blankLines(byte[] bytes) {
        int blank = 0;
        for (String line : CsvFiles.decode(bytes).split("\r\n")) {
            if (line.isEmpty()) {
                blank++;
            }
        }
        return blank;
    }
}

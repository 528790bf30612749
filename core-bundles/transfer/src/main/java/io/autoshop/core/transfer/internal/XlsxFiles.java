package io.autoshop.core.transfer.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the first worksheet of an .xlsx workbook (Office Open XML, ECMA-376) with the JDK's ZIP and StAX classes,
 * and writes a one-sheet workbook. Reading understands shared strings, inline strings, numbers, booleans and
 * formula results; numbers stay as their text, so that date columns can read Excel date serials.
 *
 * <p>Reading is bounded: at most {@value #MAX_ENTRIES} ZIP entries and {@value #MAX_UNCOMPRESSED_BYTES} bytes
 * uncompressed in total, and the XML parser resolves neither a DTD nor external entities.
 */
final class XlsxFiles {

    static final int MAX_ENTRIES = 1_000;
    static final long MAX_UNCOMPRESSED_BYTES = 200L * 1024 * 1024;

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private XlsxFiles() {
    }

    /** Reads the first worksheet of the workbook into a table. */
    static Table read(byte[] bytes) {
        Map<String, byte[]> entries = unzip(bytes);
        try {
            List<String> shared = entries.containsKey("xl/sharedStrings.xml")
                    ? sharedStrings(entries.get("xl/sharedStrings.xml")) : List.of();
            String sheetPath = firstSheetPath(entries);
            byte[] sheet = entries.get(sheetPath);
            if (sheet == null) {
                throw new Spreadsheets.InvalidFileException("The workbook has no worksheet " + sheetPath);
            }
            return Table.of(rows(sheet, shared));
        } catch (XMLStreamException e) {
            throw new Spreadsheets.InvalidFileException("The workbook's XML is invalid: " + e.getMessage(), e);
        }
    }

    private static Map<String, byte[]> unzip(byte[] bytes) {
        Map<String, byte[]> entries = new HashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entries.size() >= MAX_ENTRIES) {
                    throw new Spreadsheets.InvalidFileException("The workbook has more than " + MAX_ENTRIES
                            + " parts");
                }
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    total += read;
                    if (total > MAX_UNCOMPRESSED_BYTES) {
                        throw new Spreadsheets.InvalidFileException("The workbook unpacks to more than "
                                + MAX_UNCOMPRESSED_BYTES + " bytes");
                    }
                    content.write(buffer, 0, read);
                }
                entries.put(entry.getName(), content.toByteArray());
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new Spreadsheets.InvalidFileException("The file is not a readable .xlsx workbook: "
                    + e.getMessage(), e);
        }
        if (entries.isEmpty()) {
            throw new Spreadsheets.InvalidFileException("The file is not a readable .xlsx workbook");
        }
        return entries;
    }

    private static XMLStreamReader parser(byte[] xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        InputStream in = new ByteArrayInputStream(xml);
        return factory.createXMLStreamReader(in);
    }

    private static List<String> sharedStrings(byte[] xml) throws XMLStreamException {
        List<String> strings = new ArrayList<>();
        XMLStreamReader reader = parser(xml);
        StringBuilder current = null;
        boolean inPhonetic = false;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = reader.getLocalName();
                if (name.equals("si")) {
                    current = new StringBuilder();
                } else if (name.equals("rPh")) {
                    inPhonetic = true;
                } else if (name.equals("t") && current != null && !inPhonetic) {
                    current.append(reader.getElementText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = reader.getLocalName();
                if (name.equals("si") && current != null) {
                    strings.add(current.toString());
                    current = null;
                } else if (name.equals("rPh")) {
                    inPhonetic = false;
                }
            }
        }
        return strings;
    }

    /** Follows workbook.xml and its relationships to the first sheet's part; falls back to sheet1.xml. */
    private static String firstSheetPath(Map<String, byte[]> entries) throws XMLStreamException {
        byte[] workbook = entries.get("xl/workbook.xml");
        byte[] rels = entries.get("xl/_rels/workbook.xml.rels");
        String fallback = "xl/worksheets/sheet1.xml";
        if (workbook == null || rels == null) {
            return fallback;
        }
        String relationId = null;
        XMLStreamReader reader = parser(workbook);
        while (reader.hasNext() && relationId == null) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("sheet")) {
                relationId = reader.getAttributeValue(REL_NS, "id");
            }
        }
        if (relationId == null) {
            return fallback;
        }
        reader = parser(rels);
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("Relationship")
                    && relationId.equals(reader.getAttributeValue(null, "Id"))) {
                String target = reader.getAttributeValue(null, "Target");
                if (target.startsWith("/")) {
                    return target.substring(1);
                }
                return "xl/" + target;
            }
        }
        return fallback;
    }

    private static List<Table.Row> rows(byte[] xml, List<String> shared) throws XMLStreamException {
        List<Table.Row> rows = new ArrayList<>();
        XMLStreamReader reader = parser(xml);
        List<String> cells = null;
        int rowNumber = 0;
        int column = 0;
        String type = null;
        String value = null;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "row" -> {
                        String r = reader.getAttributeValue(null, "r");
                        rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                        cells = new ArrayList<>();
                        column = 0;
                    }
                    case "c" -> {
                        String reference = reader.getAttributeValue(null, "r");
                        column = reference == null ? column : columnIndex(reference);
                        type = reader.getAttributeValue(null, "t");
                        value = null;
                    }
                    case "v" -> value = reader.getElementText();
                    case "is" -> value = inlineString(reader);
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (reader.getLocalName().equals("c") && cells != null) {
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    cells.add(cellText(type, value, shared));
                    column++;
                } else if (reader.getLocalName().equals("row") && cells != null) {
                    rows.add(new Table.Row(rowNumber, cells));
                    cells = null;
                }
            }
        }
        return rows;
    }

    private static String inlineString(XMLStreamReader reader) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (reader.hasNext() && depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (reader.getLocalName().equals("t")) {
                    text.append(reader.getElementText());
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return text.toString();
    }

    private static String cellText(String type, String value, List<String> shared) {
        if (value == null) {
            return "";
        }
        if ("s".equals(type)) {
            try {
                int index = Integer.parseInt(value.strip());
                if (index < 0 || index >= shared.size()) {
                    throw new Spreadsheets.InvalidFileException("A cell names the missing shared string " + index);
                }
                return shared.get(index);
            } catch (NumberFormatException e) {
                throw new Spreadsheets.InvalidFileException("A cell names the shared string '" + value + "'", e);
            }
        }
        if ("b".equals(type)) {
            return "1".equals(value) ? "TRUE" : "FALSE";
        }
        return value;
    }

    /** Converts the letters of a cell reference such as {@code AB12} to a column index counted from 0. */
    static int columnIndex(String reference) {
        int index = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            index = index * 26 + (c - 'A' + 1);
        }
        return index - 1;
    }

    /** Writes the rows as the only worksheet of a new workbook, every cell an inline string. */
    static byte[] write(String sheetName, List<String> headers, List<List<String>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\"><sheets>"
                    + "<sheet name=\"" + escape(sheetName) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
                    .append("<worksheet xmlns=\"").append(MAIN_NS).append("\"><sheetData>");
            appendRow(sheet, 1, headers);
            for (int i = 0; i < rows.size(); i++) {
                appendRow(sheet, i + 2, rows.get(i));
            }
            sheet.append("</sheetData></worksheet>");
            put(zip, "xl/worksheets/sheet1.xml", sheet.toString());
        } catch (IOException e) {
            throw new IllegalStateException("Failed to write a workbook in memory", e);
        }
        return bytes.toByteArray();
    }

    private static void appendRow(StringBuilder sheet, int number, List<String> cells) {
        sheet.append("<row r=\"").append(number).append("\">");
        for (int i = 0; i < cells.size(); i++) {
            String value = cells.get(i);
            if (value == null || value.isEmpty()) {
                continue;
            }
            sheet.append("<c r=\"").append(columnName(i)).append(number).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                    .append(escape(Spreadsheets.guardFormula(value))).append("</t></is></c>");
        }
        sheet.append("</row>");
    }

    static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int remainder = (n - 1) % 26;
            name.insert(0, (char) ('A' + remainder));
            n = (n - 1) / 26;
        }
        return name.toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    // XML 1.0 forbids most control characters even when escaped.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}

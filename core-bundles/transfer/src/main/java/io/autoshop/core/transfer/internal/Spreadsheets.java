package io.autoshop.core.transfer.internal;

/**
 * Chooses the reader for an uploaded file and guards exported cells against formula injection.
 */
final class Spreadsheets {

    private Spreadsheets() {
    }

    /**
     * Reads a CSV or .xlsx file into a table; a file starting with the ZIP signature {@code PK\3\4} is .xlsx.
     *
     * @throws InvalidFileException when the file is empty or its .xlsx structure cannot be read
     */
    static Table read(byte[] bytes) {
        if (bytes.length == 0) {
            throw new InvalidFileException("The file is empty");
        }
        boolean zip = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        return zip ? XlsxFiles.read(bytes) : CsvFiles.parse(CsvFiles.decode(bytes));
    }

    /**
     * Returns the value with an apostrophe in front when it starts with {@code = + - @}, so that a spreadsheet
     * program shows it as text instead of running it as a formula. The importer removes that apostrophe again.
     */
    static String guardFormula(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** A file that cannot be read as CSV or .xlsx. */
    static final class InvalidFileException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        InvalidFileException(String message) {
            super(message);
        }

        InvalidFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

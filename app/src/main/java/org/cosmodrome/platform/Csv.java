package org.cosmodrome.platform;

import java.util.List;

/** The CSV exports (RFC 4180): CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled. */
public final class Csv {

    private Csv() {
    }

    /** Rows of fields as CSV; each field as {@link #cell(Object)} writes it. */
    public static String of(List<List<Object>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<Object> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(cell(row.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /**
     * A field: {@code null} is empty; numbers are written as they are; text is quoted when it holds a comma, a quote
     * or a line break, and text starting with a formula sign ({@code = + - @}) gets a leading apostrophe so that a
     * spreadsheet does not run it.
     */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return number instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : number.toString();
        }
        String text = value.toString();
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}

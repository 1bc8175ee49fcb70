package org.cosmodrome.platform.web;

/** Cells of the CSV exports (RFC 4180). */
public final class Csv {

    private Csv() {
    }

    /**
     * A cell: quoted when it holds a comma, a quote or a line break; a leading formula sign ({@code = + - @}) is
     * neutralised with an apostrophe so that a spreadsheet does not run it; {@code null} is empty.
     */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}

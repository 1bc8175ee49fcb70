package org.cosmodrome.finance.rest;

/** Cells of CSV exports (RFC 4180). */
final class Csv {

    private Csv() {
    }

    /**
     * A cell: quoted when it holds a comma, a quote or a line break; a leading formula sign is neutralised so that a
     * spreadsheet does not run it.
     */
    static String cell(String value) {
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

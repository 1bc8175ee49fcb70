package org.cosmodrome.finance.rest;

import java.util.List;

/** RFC 4180 CSV: CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled. */
final class Csv {

    private Csv() {
    }

    static String of(List<List<Object>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<Object> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(field(row.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    static String field(Object value) {
        String text = value == null ? "" : value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\r") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}

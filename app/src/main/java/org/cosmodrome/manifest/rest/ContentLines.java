package org.cosmodrome.manifest.rest;

import java.nio.charset.StandardCharsets;

/**
 * iCalendar text (RFC 5545, section 3.1): content lines ended by CRLF and folded so that no line is longer than 75
 * octets of UTF-8, a continuation starting with one space; folding never splits a multi-octet character. TEXT values
 * are escaped as section 3.3.11 asks (backslash, semicolon, comma, and newlines as {@code \n}).
 */
final class ContentLines {

    /** The longest line, in octets, CRLF excluded. */
    static final int MAX_OCTETS = 75;

    private final StringBuilder text = new StringBuilder();

    /** Appends {@code name:value} with {@code value} written as it is (dates, numbers, already-escaped text). */
    ContentLines raw(String name, String value) {
        fold(name + ":" + value);
        return this;
    }

    /** Appends {@code name:value} with {@code value} escaped as a TEXT value. */
    ContentLines text(String name, String value) {
        return raw(name, escape(value));
    }

    /** The calendar so far, every line ended by CRLF. */
    @Override
    public String toString() {
        return text.toString();
    }

    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    // A CR of a CRLF pair becomes part of the one \n written for its LF.
                    if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
                        escaped.append("\\n");
                    }
                }
                default -> escaped.append(c < 0x20 && c != '\t' ? ' ' : c);
            }
        }
        return escaped.toString();
    }

    private void fold(String line) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > MAX_OCTETS) {
                text.append("\r\n ");
                // The continuation's leading space counts against its 75 octets.
                octets = 1;
            }
            text.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        text.append("\r\n");
    }
}

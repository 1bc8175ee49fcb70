package org.cosmodrome.platform;

/**
 * Reads the record version a client sends in {@code If-Match} (the ETag it last read) for optimistic locking.
 */
public final class IfMatch {

    private IfMatch() {
    }

    /**
     * @param header the raw header, such as {@code "3"} or {@code W/"3"}; {@code null} when absent
     * @return the version, or {@code null} when no header was sent or it is {@code *} (any version)
     * @throws InvalidField when the header is not a version this API issued
     */
    public static Integer version(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String tag = header.strip();
        if (tag.equals("*")) {
            return null;
        }
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        if (!tag.matches("\\d{1,9}")) {
            throw new InvalidField("If-Match", "if-match.malformed",
                    "If-Match must be an ETag returned by this API, was " + header);
        }
        return Integer.valueOf(tag);
    }
}

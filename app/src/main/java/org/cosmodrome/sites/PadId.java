package org.cosmodrome.sites;

import java.util.regex.Pattern;

import org.cosmodrome.platform.InvalidField;

/**
 * The stable id of a pad: its designation with {@code /} written as {@code -}, so {@code 31-6} for pad 31/6 and
 * {@code 250} for Site 250. Safe in URLs.
 */
public record PadId(String value) {

    private static final Pattern FORM = Pattern.compile("[0-9A-Za-z][0-9A-Za-z-]{0,30}");

    public PadId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidField("id", "pad.id.malformed",
                    "a pad id is letters, digits and dashes (31-6 for pad 31/6), was '" + value + "'");
        }
    }

    public static PadId of(String value) {
        return new PadId(value);
    }

    /** The id of the pad with this designation: {@code 31/6} becomes {@code 31-6}. */
    public static PadId forDesignation(String designation) {
        return new PadId(designation.strip().replace('/', '-'));
    }

    @Override
    public String toString() {
        return value;
    }
}

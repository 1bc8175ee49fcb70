package org.cosmodrome.rangesafety;

import java.util.regex.Pattern;

import org.cosmodrome.platform.InvalidField;

/** The stable id of a drop zone: a lowercase slug such as {@code ulytau} or {@code zone-120-dzhangeldy}. */
public record DropZoneId(String value) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public DropZoneId {
        if (value == null || !SLUG.matcher(value).matches()) {
            throw new InvalidField("id", "drop-zone.id.malformed",
                    "a drop zone id is 1-63 lowercase letters, digits and dashes, was '" + value + "'");
        }
    }

    public static DropZoneId of(String value) {
        return new DropZoneId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

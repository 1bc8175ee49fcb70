package org.cosmodrome.rangesafety;

import java.util.regex.Pattern;

import org.cosmodrome.platform.InvalidField;

/** The stable id of a corridor: its vehicle and inclination as a slug, such as {@code soyuz-2-1a-51-6}. */
public record CorridorId(String value) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public CorridorId {
        if (value == null || !SLUG.matcher(value).matches()) {
            throw new InvalidField("id", "corridor.id.malformed",
                    "a corridor id is 1-63 lowercase letters, digits and dashes, was '" + value + "'");
        }
    }

    public static CorridorId of(String value) {
        return new CorridorId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

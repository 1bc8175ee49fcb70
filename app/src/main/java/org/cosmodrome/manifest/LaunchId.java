package org.cosmodrome.manifest;

import java.util.regex.Pattern;

import org.cosmodrome.platform.InvalidField;

/** The stable id of a launch request: lowercase letters, digits and dashes, such as {@code soyuz-ms-29}. */
public record LaunchId(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    public LaunchId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidField("id", "launch.id.malformed",
                    "a launch id is lowercase letters, digits and dashes, was '" + value + "'");
        }
    }

    public static LaunchId of(String value) {
        return new LaunchId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

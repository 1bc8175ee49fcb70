package org.cosmodrome.vehicles;

import java.util.regex.Pattern;

import org.cosmodrome.platform.InvalidField;

/**
 * The stable id of a launch vehicle: a lowercase slug such as {@code proton-m} or {@code soyuz-2-1a}.
 */
public record VehicleId(String value) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public VehicleId {
        if (value == null || !SLUG.matcher(value).matches()) {
            throw new InvalidField("id", "vehicle.id.malformed",
                    "a vehicle id is 1-63 lowercase letters, digits and dashes, was '" + value + "'");
        }
    }

    public static VehicleId of(String value) {
        return new VehicleId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

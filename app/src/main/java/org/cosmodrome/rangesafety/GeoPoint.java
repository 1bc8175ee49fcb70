package org.cosmodrome.rangesafety;

import org.cosmodrome.platform.InvalidField;

/**
 * A point on the Earth's surface in degrees: latitude from -90 to 90 (north positive), longitude from -180 to 180
 * (east positive), as the data set's sources give them (WGS 84 positions of towns and estimates, far coarser than the
 * difference between the datum and the sphere this package computes on).
 */
public record GeoPoint(double latitude, double longitude) {

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new InvalidField("latitude", "geo.latitude.out-of-range",
                    "latitude must be between -90 and 90 degrees, was " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new InvalidField("longitude", "geo.longitude.out-of-range",
                    "longitude must be between -180 and 180 degrees, was " + longitude);
        }
    }

    /** The same point with both coordinates rounded to {@code 1e-6} degrees (about 0.1 m), as GeoJSON advises. */
    GeoPoint rounded() {
        return new GeoPoint(Math.round(latitude * 1e6) / 1e6, Math.round(longitude * 1e6) / 1e6);
    }
}

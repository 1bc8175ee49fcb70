package org.cosmodrome.rangesafety;

import org.cosmodrome.platform.LocalizedName;

/**
 * The place a drop zone is known by (a town, a village, or an estimated point where the sources give none), and the
 * point its approximate outline is drawn around.
 *
 * @param note how the position was found and how far to trust it
 */
public record ReferenceLocality(LocalizedName name, GeoPoint position, String note) {
}

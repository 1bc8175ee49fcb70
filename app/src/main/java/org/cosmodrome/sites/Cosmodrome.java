package org.cosmodrome.sites;

import java.util.List;

/**
 * The spaceport this installation runs (Baikonur by default), as its facts record it.
 *
 * @param nameEn English name; {@code nameRu} and {@code nameKk} in Russian and Kazakh, {@code null} where unknown
 * @param referenceLatitude WGS84 degrees north of the reference point
 * @param referenceLongitude WGS84 degrees east of the reference point
 * @param elevationMetres height of the reference point above sea level
 * @param timeZone IANA zone of the site's local time
 */
public record Cosmodrome(String id, String nameEn, String nameRu, String nameKk, double referenceLatitude,
        double referenceLongitude, Double elevationMetres, String timeZone, String leaseArea, String infrastructure,
        String totalLaunches, String town, List<String> sources) {
}

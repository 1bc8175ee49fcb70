package org.cosmodrome.visitors;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The site's rules for visitors. Every default is an ASSUMPTION, not a published figure of the site: change them in
 * {@code application.yml} under {@code cosmodrome.visitors}.
 *
 * @param hazardRadiusKm the hazard radius around the pad by vehicle family (or vehicle id), in km; a family is written
 *        in lower case with every run of other characters than letters and digits as one hyphen ({@code R-7} is
 *        {@code r-7}, {@code UR-500/Proton} is {@code ur-500-proton}). ASSUMPTION: 1.2 km for the R-7 family (the
 *        visitors' spot about 1.5 km from 31/6 is folklore, not a published figure), 5 km for Proton
 * @param defaultHazardRadiusKm the radius of a family not in the map, in km
 * @param foreignLeadDays how many days before the visit a foreign visitor applies for a pass
 * @param citizenLeadDays the same for a citizen of Kazakhstan (nationality {@code KZ})
 * @param freeRebookingDays a slip of at most this many days moves the booking free of charge; beyond it the visitor
 *        may also ask for a refund
 */
@ConfigurationProperties("cosmodrome.visitors")
public record VisitorSettings(Map<String, Double> hazardRadiusKm, @DefaultValue("5") double defaultHazardRadiusKm,
        @DefaultValue("45") int foreignLeadDays, @DefaultValue("10") int citizenLeadDays,
        @DefaultValue("7") int freeRebookingDays) {

    public VisitorSettings {
        hazardRadiusKm = hazardRadiusKm == null
                ? Map.of("r-7", 1.2, "ur-500-proton", 5.0, "zenit", 3.0, "zenit-derived", 3.0, "energia", 10.0,
                        "n1", 10.0)
                : Map.copyOf(hazardRadiusKm);
    }

    /** The hazard radius of {@code family} (tried first) or {@code vehicle}, else the default. */
    public double radiusKm(String family, String vehicle) {
        String key = family == null ? null : key(family);
        if (key != null && hazardRadiusKm.containsKey(key)) {
            return hazardRadiusKm.get(key);
        }
        if (vehicle != null && hazardRadiusKm.containsKey(vehicle)) {
            return hazardRadiusKm.get(vehicle);
        }
        return defaultHazardRadiusKm;
    }

    /** The days ahead a visitor of {@code nationality} (ISO 3166 alpha-2) applies for a pass. */
    public int leadDays(String nationality) {
        return "KZ".equalsIgnoreCase(nationality) ? citizenLeadDays : foreignLeadDays;
    }

    /** The map key of a vehicle family: {@code UR-500/Proton} is {@code ur-500-proton}. */
    public static String key(String family) {
        return family.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}

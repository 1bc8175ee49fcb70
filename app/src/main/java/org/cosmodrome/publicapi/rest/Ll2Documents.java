package org.cosmodrome.publicapi.rest;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cosmodrome.manifest.NetPrecision;
import org.cosmodrome.organizations.Organization;
import org.cosmodrome.publicapi.Ll2Codes;
import org.cosmodrome.publicapi.Ll2Codes.Code;
import org.cosmodrome.publicapi.Ll2Ids;
import org.cosmodrome.publicapi.Ll2Launch;
import org.cosmodrome.sites.Cosmodrome;
import org.cosmodrome.sites.Pad;
import org.cosmodrome.vehicles.Stage;
import org.cosmodrome.vehicles.Vehicle;
import org.cosmodrome.vehicles.VehicleStatus;

/**
 * The JSON objects of LL2 2.3.0 ({@code LaunchBasic}, {@code LaunchNormal}, {@code LaunchDetailed}, {@code Pad},
 * {@code Location}, {@code AgencyMini/Normal/Detailed}, {@code LauncherConfigList/Normal/Detailed}), with LL2's field
 * names and nesting. Written as ordered maps because LL2 nests one object in three levels of detail; every field of
 * the level is present, {@code null} where Cosmodrome has no such fact (images, wiki links, launch counts).
 * {@code baseUrl} is the absolute URL of {@code /api/ll2/2.3.0}.
 */
final class Ll2Documents {

    /** A read of the registries one response needs, so each is read once per request. */
    record Registries(Map<String, Organization> organizations, Map<String, Vehicle> vehicles, Cosmodrome cosmodrome,
            int locationId) {
    }

    private final String baseUrl;
    private final Registries registries;

    Ll2Documents(String baseUrl, Registries registries) {
        this.baseUrl = baseUrl;
        this.registries = registries;
    }

    static Map<String, Object> code(Code code) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", code.id());
        m.put("name", code.name());
        m.put("abbrev", code.abbrev());
        m.put("description", code.description());
        return m;
    }

    Map<String, Object> launch(Ll2Launch l, String mode, List<Ll2Launch> padHistory) {
        var launch = l.launch();
        String id = Ll2Ids.launch(launch.id().value()).toString();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("url", baseUrl + "/launches/" + id + "/");
        m.put("name", l.name());
        m.put("response_mode", mode);
        m.put("slug", launch.id().value());
        m.put("launch_designator", null);
        m.put("status", code(Ll2Codes.status(launch.status())));
        m.put("last_updated", l.lastUpdated().toString());
        m.put("net", l.net().at().toString());
        m.put("net_precision", code(Ll2Codes.precision(l.net())));
        // The window is the period the NET names: a day-precise NET opens a window of that whole day.
        m.put("window_end", l.net().end().toString());
        m.put("window_start", l.net().at().toString());
        m.put("image", null);
        m.put("infographic", null);
        if (mode.equals("list")) {
            return m;
        }
        boolean detailed = mode.equals("detailed");
        m.put("probability", null);
        m.put("weather_concerns", null);
        m.put("failreason", null);
        m.put("hashtag", null);
        Organization provider = l.provider() == null ? null : registries.organizations().get(l.provider());
        m.put("launch_service_provider", provider == null ? null
                : detailed ? agency(provider, "detailed") : agency(provider, "list"));
        Map<String, Object> rocket = new LinkedHashMap<>();
        rocket.put("id", Ll2Ids.number("rocket", launch.id().value()));
        rocket.put("configuration", l.vehicle() == null ? null
                : launcherConfiguration(l.vehicle(), detailed ? "detailed" : "list"));
        if (detailed) {
            rocket.put("launcher_stage", List.of());
            rocket.put("spacecraft_stage", List.of());
            rocket.put("payloads", List.of());
        }
        m.put("rocket", rocket);
        m.put("mission", mission(l));
        m.put("pad", l.pad() == null ? null : pad(l.pad()));
        m.put("webcast_live", false);
        m.put("program", List.of());
        for (String count : List.of("orbital_launch_attempt_count", "location_launch_attempt_count",
                "pad_launch_attempt_count", "agency_launch_attempt_count", "orbital_launch_attempt_count_year",
                "location_launch_attempt_count_year", "pad_launch_attempt_count_year",
                "agency_launch_attempt_count_year")) {
            m.put(count, null);
        }
        if (detailed) {
            m.put("flightclub_url", null);
            m.put("updates", List.of());
            m.put("info_urls", List.of());
            m.put("vid_urls", List.of());
            m.put("timeline", List.of());
            m.put("pad_turnaround", padTurnaround(l, padHistory));
            m.put("mission_patches", List.of());
        }
        return m;
    }

    /** The time since the launch before it from the same pad, as an ISO 8601 duration; {@code null} for the first. */
    private static String padTurnaround(Ll2Launch l, List<Ll2Launch> padHistory) {
        Instant previous = null;
        for (Ll2Launch other : padHistory) {
            if (other.launch().scheduledPad().equals(l.launch().scheduledPad())
                    && other.net().at().isBefore(l.net().at())
                    && (previous == null || other.net().at().isAfter(previous))) {
                previous = other.net().at();
            }
        }
        return previous == null ? null : Duration.between(previous, l.net().at()).toString();
    }

    private Map<String, Object> mission(Ll2Launch l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", Ll2Ids.number("mission", l.launch().id().value()));
        m.put("name", l.launch().mission());
        m.put("type", Ll2Codes.UNKNOWN_MISSION_TYPE.name());
        // The payload and target orbit are the tenant's, not on the public manifest.
        m.put("description", "");
        m.put("image", null);
        Map<String, Object> orbit = new LinkedHashMap<>();
        orbit.put("id", Ll2Codes.UNKNOWN_ORBIT.id());
        orbit.put("name", Ll2Codes.UNKNOWN_ORBIT.name());
        orbit.put("abbrev", Ll2Codes.UNKNOWN_ORBIT.abbrev());
        orbit.put("celestial_body", earth(false));
        m.put("orbit", orbit);
        m.put("agencies", List.of());
        m.put("info_urls", List.of());
        m.put("vid_urls", List.of());
        return m;
    }

    Map<String, Object> pad(Pad pad) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", Ll2Ids.number("pad", pad.id().value()));
        m.put("url", baseUrl + "/pads/?id=" + Ll2Ids.number("pad", pad.id().value()));
        m.put("active", pad.status().canLaunch());
        Organization operator = pad.operator() == null ? null
                : registries.organizations().get(pad.operator().value());
        m.put("agencies", operator == null ? List.of() : List.of(agency(operator, "normal")));
        m.put("name", pad.name().en());
        m.put("image", null);
        m.put("description", pad.popularName() == null ? pad.notes() : pad.popularName().en());
        m.put("info_url", null);
        m.put("wiki_url", null);
        m.put("map_url", "https://www.openstreetmap.org/?mlat=%s&mlon=%s#map=17/%s/%s".formatted(pad.latitude(),
                pad.longitude(), pad.latitude(), pad.longitude()));
        m.put("latitude", pad.latitude());
        m.put("longitude", pad.longitude());
        m.put("country", country("KZ"));
        m.put("map_image", null);
        m.put("total_launch_count", pad.launchCount());
        m.put("orbital_launch_attempt_count", pad.launchCount());
        m.put("fastest_turnaround", null);
        m.put("location", location());
        return m;
    }

    Map<String, Object> location() {
        Cosmodrome c = registries.cosmodrome();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("response_mode", "normal");
        m.put("id", registries.locationId());
        m.put("url", baseUrl + "/locations/?id=" + registries.locationId());
        m.put("name", c.nameEn() + ", Republic of Kazakhstan");
        m.put("celestial_body", earth(true));
        m.put("active", true);
        m.put("country", country("KZ"));
        m.put("description", c.town() == null ? null : "Town: " + c.town());
        m.put("image", null);
        m.put("map_image", null);
        m.put("longitude", c.referenceLongitude());
        m.put("latitude", c.referenceLatitude());
        m.put("timezone_name", c.timeZone() == null ? NetPrecision.SITE_TIME.getId() : c.timeZone());
        m.put("total_launch_count", null);
        m.put("total_landing_count", 0);
        return m;
    }

    private static Map<String, Object> earth(boolean detailed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("response_mode", detailed ? "normal" : "list");
        m.put("id", 1);
        m.put("name", "Earth");
        if (detailed) {
            m.put("type", Map.of("id", 1, "name", "Planet"));
            m.put("diameter", 12_742_000.0);
            m.put("mass", 5.972e24);
            m.put("gravity", 9.807);
            m.put("length_of_day", "23:56:04");
            m.put("atmosphere", true);
            m.put("image", null);
            m.put("description", null);
            m.put("wiki_url", null);
            for (String count : List.of("total_attempted_launches", "successful_launches", "failed_launches",
                    "total_attempted_landings", "successful_landings", "failed_landings")) {
                m.put(count, null);
            }
        }
        return m;
    }

    /** An LL2 country from an ISO 3166-1 alpha-2 code; its id is Cosmodrome's ({@link Ll2Ids}). */
    static Map<String, Object> country(String alpha2) {
        Locale locale = new Locale.Builder().setRegion(alpha2).build();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", Ll2Ids.number("country", alpha2));
        m.put("name", locale.getDisplayCountry(Locale.ENGLISH));
        m.put("alpha_2_code", alpha2);
        m.put("alpha_3_code", locale.getISO3Country());
        m.put("nationality_name", "");
        m.put("nationality_name_composed", "");
        return m;
    }

    /** An agency in LL2's {@code list} (AgencyMini), {@code normal} or {@code detailed} shape. */
    Map<String, Object> agency(Organization o, String mode) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("response_mode", mode);
        m.put("id", Ll2Ids.number("agency", o.id().value()));
        m.put("url", baseUrl + "/agencies/?id=" + Ll2Ids.number("agency", o.id().value()));
        m.put("name", o.name().en());
        m.put("abbrev", o.shortName() == null ? "" : o.shortName());
        Code type = Ll2Codes.agencyType(o.kind());
        m.put("type", Map.of("id", type.id(), "name", type.name()));
        if (mode.equals("list")) {
            return m;
        }
        m.put("featured", false);
        m.put("country", o.country() == null ? List.of() : List.of(country(o.country())));
        m.put("description", o.role());
        m.put("administrator", null);
        m.put("founding_year", null);
        m.put("launchers", "");
        m.put("spacecraft", "");
        Organization parent = o.parent() == null ? null : registries.organizations().get(o.parent().value());
        m.put("parent", parent == null ? null : parent.name().en());
        m.put("image", null);
        m.put("logo", null);
        m.put("social_logo", null);
        if (mode.equals("detailed")) {
            for (String count : List.of("total_launch_count", "consecutive_successful_launches",
                    "successful_launches", "failed_launches", "pending_launches", "consecutive_successful_landings",
                    "successful_landings", "failed_landings", "attempted_landings", "successful_landings_spacecraft",
                    "failed_landings_spacecraft", "attempted_landings_spacecraft", "successful_landings_payload",
                    "failed_landings_payload", "attempted_landings_payload")) {
                m.put(count, null);
            }
            m.put("info_url", null);
            m.put("wiki_url", null);
            m.put("social_media_links", List.of());
        }
        return m;
    }

    /** A vehicle in LL2's {@code list}, {@code normal} or {@code detailed} launcher-configuration shape. */
    Map<String, Object> launcherConfiguration(Vehicle v, String mode) {
        int id = Ll2Ids.number("launcher_configuration", v.id().value());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("response_mode", mode);
        m.put("id", id);
        m.put("url", baseUrl + "/launcher_configurations/?id=" + id);
        m.put("name", v.name());
        List<Map<String, Object>> families = new ArrayList<>();
        if (v.family() != null) {
            Map<String, Object> family = new LinkedHashMap<>();
            family.put("response_mode", mode);
            family.put("id", Ll2Ids.number("family", v.family()));
            family.put("name", v.family());
            families.add(family);
        }
        m.put("families", families);
        m.put("full_name", v.name());
        m.put("variant", "");
        if (mode.equals("list")) {
            return m;
        }
        m.put("active", v.status() == VehicleStatus.ACTIVE);
        m.put("is_placeholder", false);
        // The manufacturer is recorded as a name, not an organisation of the registry.
        m.put("manufacturer", null);
        m.put("program", List.of());
        m.put("reusable", false);
        m.put("image", null);
        m.put("info_url", null);
        m.put("wiki_url", null);
        if (mode.equals("detailed")) {
            m.put("description", v.notes() == null ? "" : v.notes());
            m.put("alias", "");
            m.put("min_stage", (int) v.stages().stream().filter(s -> !s.optional()).count());
            m.put("max_stage", v.stages().size());
            m.put("length", null);
            m.put("diameter", null);
            m.put("maiden_flight", null);
            m.put("launch_cost", null);
            m.put("launch_mass", tonnes(v.liftoffMassTonnes()));
            m.put("leo_capacity", kilograms(v.leoPayloadTonnes()));
            m.put("gto_capacity", kilograms(v.gtoPayloadTonnes()));
            m.put("geo_capacity", null);
            m.put("sso_capacity", null);
            m.put("to_thrust", null);
            m.put("apogee", null);
            for (String count : List.of("total_launch_count", "consecutive_successful_launches",
                    "successful_launches", "failed_launches", "pending_launches", "attempted_landings",
                    "successful_landings", "failed_landings", "consecutive_successful_landings")) {
                m.put(count, null);
            }
            m.put("fastest_turnaround", null);
        }
        return m;
    }

    /** LL2 gives launch mass in tonnes. */
    private static Double tonnes(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    /** LL2 gives payload capacities in kilograms. */
    private static Double kilograms(BigDecimal tonnes) {
        return tonnes == null ? null : tonnes.doubleValue() * 1000;
    }
}

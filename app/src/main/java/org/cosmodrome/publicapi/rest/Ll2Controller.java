package org.cosmodrome.publicapi.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cosmodrome.organizations.Organization;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.publicapi.LaunchCriteria;
import org.cosmodrome.publicapi.Ll2Codes;
import org.cosmodrome.publicapi.Ll2Launch;
import org.cosmodrome.publicapi.Ll2Manifest;
import org.cosmodrome.publicapi.Ll2Manifest.Listing;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping(Ll2Controller.BASE)
@Tag(name = "LL2", description = "The public manifest in Launch Library 2 (2.3.0) format, for LL2 clients")
class Ll2Controller {

    static final String BASE = "/api/ll2/2.3.0";

    /** LL2's default and largest page. */
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 100;

    private static final CacheControl CACHE = CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic();

    private final Ll2Manifest manifest;

    Ll2Controller(Ll2Manifest manifest) {
        this.manifest = manifest;
    }

    @GetMapping("/launches/")
    @Operation(summary = "Launches on the public manifest, LL2 filters, mode=list|normal|detailed")
    ResponseEntity<Map<String, Object>> launches(@RequestParam Map<String, String> query) {
        return launchPage(Listing.ALL, query);
    }

    @GetMapping("/launches/upcoming/")
    @Operation(summary = "Launches without an outcome yet, earliest NET first")
    ResponseEntity<Map<String, Object>> upcoming(@RequestParam Map<String, String> query) {
        return launchPage(Listing.UPCOMING, query);
    }

    @GetMapping("/launches/previous/")
    @Operation(summary = "Launches with an outcome (success, failure, partial failure), latest NET first")
    ResponseEntity<Map<String, Object>> previous(@RequestParam Map<String, String> query) {
        return launchPage(Listing.PREVIOUS, query);
    }

    @GetMapping("/launches/{id}/")
    @Operation(summary = "One public launch by its LL2 UUID or its slug (Cosmodrome's id), detailed by default")
    ResponseEntity<Map<String, Object>> launch(@PathVariable String id,
            @RequestParam(defaultValue = "detailed") String mode) {
        Ll2Launch launch = manifest.launch(id).orElseThrow(() -> new RecordNotFound("launch", id));
        List<Ll2Launch> all = manifest.launches(Listing.ALL, criteria(Map.of()));
        return cached(documents().launch(launch, mode(mode, "detailed"), all));
    }

    @GetMapping("/pads/")
    ResponseEntity<Map<String, Object>> pads(@RequestParam Map<String, String> query) {
        Ll2Documents documents = documents();
        return cached(page(manifest.pads().stream().map(documents::pad).toList(), query));
    }

    @GetMapping("/locations/")
    ResponseEntity<Map<String, Object>> locations(@RequestParam Map<String, String> query) {
        return cached(page(List.of(documents().location()), query));
    }

    @GetMapping("/agencies/")
    ResponseEntity<Map<String, Object>> agencies(@RequestParam Map<String, String> query) {
        Ll2Documents documents = documents();
        String mode = mode(query.get("mode"), "normal");
        return cached(page(manifest.organizations().stream().map(o -> documents.agency(o, mode)).toList(), query));
    }

    @GetMapping("/launcher_configurations/")
    ResponseEntity<Map<String, Object>> launcherConfigurations(@RequestParam Map<String, String> query) {
        Ll2Documents documents = documents();
        String mode = mode(query.get("mode"), "normal");
        return cached(page(manifest.vehicles().stream().map(v -> documents.launcherConfiguration(v, mode)).toList(),
                query));
    }

    @GetMapping("/config/launch_statuses/")
    ResponseEntity<Map<String, Object>> launchStatuses(@RequestParam Map<String, String> query) {
        return cached(page(Ll2Codes.LAUNCH_STATUSES.stream().map(Ll2Documents::code).toList(), query));
    }

    @GetMapping("/config/net_precisions/")
    ResponseEntity<Map<String, Object>> netPrecisions(@RequestParam Map<String, String> query) {
        return cached(page(Ll2Codes.NET_PRECISIONS.stream().map(Ll2Documents::code).toList(), query));
    }

    @GetMapping("/config/orbits/")
    ResponseEntity<Map<String, Object>> orbits(@RequestParam Map<String, String> query) {
        return cached(page(Ll2Codes.ORBITS.stream().map(code -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", code.id());
            m.put("name", code.name());
            m.put("abbrev", code.abbrev());
            m.put("celestial_body", Map.of("response_mode", "list", "id", 1, "name", "Earth"));
            return (Map<String, Object>) m;
        }).toList(), query));
    }

    @GetMapping("/config/mission_types/")
    ResponseEntity<Map<String, Object>> missionTypes(@RequestParam Map<String, String> query) {
        return cached(page(Ll2Codes.MISSION_TYPES.stream()
                .map(code -> Map.<String, Object>of("id", code.id(), "name", code.name())).toList(), query));
    }

    private ResponseEntity<Map<String, Object>> launchPage(Listing listing, Map<String, String> query) {
        String mode = mode(query.get("mode"), "normal");
        List<Ll2Launch> all = manifest.launches(Listing.ALL, criteria(Map.of()));
        List<Ll2Launch> matching = manifest.launches(listing, criteria(query));
        Ll2Documents documents = documents();
        return cached(page(matching.stream().map(l -> documents.launch(l, mode, all)).toList(), query));
    }

    private Ll2Documents documents() {
        Map<String, Organization> organizations = manifest.organizations().stream()
                .collect(Collectors.toMap(o -> o.id().value(), Function.identity()));
        return new Ll2Documents(baseUrl(), new Ll2Documents.Registries(organizations, Map.of(),
                manifest.cosmodrome().orElseThrow(() -> new RecordNotFound("cosmodrome", "default")),
                manifest.locationId()));
    }

    private static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(BASE).build().toUriString();
    }

    /** LL2's envelope: {@code count}, absolute {@code next} and {@code previous} links, {@code results}. */
    private static Map<String, Object> page(List<Map<String, Object>> all, Map<String, String> query) {
        int limit = integer(query, "limit", DEFAULT_LIMIT);
        int offset = integer(query, "offset", 0);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidField("limit", "ll2.limit.out-of-range",
                    "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        if (offset < 0) {
            throw new InvalidField("offset", "ll2.offset.negative", "offset must be 0 or more, was " + offset);
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("count", all.size());
        page.put("next", offset + limit < all.size() ? link(limit, offset + limit) : null);
        page.put("previous", offset > 0 ? link(limit, Math.max(0, offset - limit)) : null);
        page.put("results", all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size())));
        return page;
    }

    private static String link(int limit, int offset) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("limit", limit)
                .replaceQueryParam("offset", offset).build().toUriString();
    }

    private static ResponseEntity<Map<String, Object>> cached(Map<String, Object> body) {
        return ResponseEntity.ok().cacheControl(CACHE).body(body);
    }

    private static String mode(String mode, String fallback) {
        if (mode == null || mode.isBlank()) {
            return fallback;
        }
        if (!Set.of("list", "normal", "detailed").contains(mode)) {
            throw new InvalidField("mode", "ll2.mode.unknown", "mode must be list, normal or detailed, was " + mode);
        }
        return mode;
    }

    private static LaunchCriteria criteria(Map<String, String> q) {
        if (q.containsKey("is_crewed")) {
            throw new InvalidField("is_crewed", "ll2.is-crewed.unsupported",
                    "is_crewed: the manifest does not record crews, so it cannot tell crewed launches apart");
        }
        String ordering = q.get("ordering");
        if (ordering != null && !LaunchCriteria.ORDERINGS.contains(ordering)) {
            throw new InvalidField("ordering", "ll2.ordering.unknown",
                    "ordering must be one of " + LaunchCriteria.ORDERINGS + ", was " + ordering);
        }
        Set<Integer> statuses = null;
        if (q.get("status__ids") != null) {
            statuses = Arrays.stream(q.get("status__ids").split(",")).map(String::strip)
                    .map(s -> parseInt("status__ids", s)).collect(Collectors.toSet());
        }
        return new LaunchCriteria(instant(q, "net__gte"), instant(q, "net__lte"), instant(q, "window_start__gte"),
                statuses, integer(q, "lsp__id", null), integer(q, "pad", null), integer(q, "pad__location", null),
                integer(q, "launcher_config__id", null), q.get("search"), instant(q, "last_updated__gte"),
                ordering);
    }

    private static Integer integer(Map<String, String> q, String name, Integer fallback) {
        String value = q.get(name);
        return value == null || value.isBlank() ? fallback : Integer.valueOf(parseInt(name, value.strip()));
    }

    private static int parseInt(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidField(name, "ll2.parameter.not-a-number", name + " must be a whole number, was '"
                    + value + "'");
        }
    }

    /** An instant, an offset date-time, a date-time taken as UTC, or a date (its start in UTC), as LL2 accepts. */
    private static Instant instant(Map<String, String> q, String name) {
        String value = q.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException noOffset) {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException e) {
            throw new InvalidField(name, "ll2.parameter.not-a-time",
                    name + " must be a date-time such as 2027-04-01T09:27:00Z, was '" + value + "'");
        }
    }
}

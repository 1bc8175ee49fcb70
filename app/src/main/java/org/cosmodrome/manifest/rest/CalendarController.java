package org.cosmodrome.manifest.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cosmodrome.manifest.Launch;
import org.cosmodrome.manifest.LaunchId;
import org.cosmodrome.manifest.LaunchStatus;
import org.cosmodrome.manifest.LaunchStatusChange;
import org.cosmodrome.manifest.Launches;
import org.cosmodrome.manifest.ManifestSettings;
import org.cosmodrome.manifest.NetChange;
import org.cosmodrome.organizations.OrganizationId;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.sites.Pad;
import org.cosmodrome.sites.PadId;
import org.cosmodrome.sites.Pads;
import org.cosmodrome.vehicles.VehicleId;
import org.cosmodrome.vehicles.Vehicles;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The manifest as iCalendar feeds a calendar app subscribes to: the public manifest for anyone, and an
 * organisation's own launches, private requests included, for its members. Calendar apps send no headers, so the
 * own feed also takes the API token as {@code ?token=} (see the identity module's bearer token filter).
 * <p>
 * Each answer carries a strong ETag (a hash of the text, which depends only on the stored launches) and is cached
 * for five minutes: publicly for the public feed, privately for the own one. {@code If-None-Match} with the
 * current ETag gets 304.
 */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Calendar feeds", description = "iCalendar (RFC 5545) feeds of the public manifest and of the caller's"
        + " organisation's own launches, with each launch's NET to its precision and its NET history.")
class CalendarController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final Launches launches;
    private final Vehicles vehicles;
    private final Pads pads;
    private final CurrentActor currentActor;
    private final ManifestSettings settings;

    CalendarController(Launches launches, Vehicles vehicles, Pads pads, CurrentActor currentActor,
            ManifestSettings settings) {
        this.launches = launches;
        this.vehicles = vehicles;
        this.pads = pads;
        this.currentActor = currentActor;
        this.settings = settings;
    }

    @GetMapping(value = "/public.ics", produces = "text/calendar")
    @Operation(summary = "The public manifest as an iCalendar feed",
            description = "Launches placed on a pad and day; the NET history lists the changes since the launch"
                    + " was scheduled, each with its class (slip, pull-in, firmed, loosened) but not its reason.")
    ResponseEntity<String> publicFeed(@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false)
            String ifNoneMatch) {
        List<Launch> shown = launches.onPublicManifest();
        String text = LaunchCalendar.render("Baikonur launches", settings.calendarDomain(),
                entries(shown, false));
        return answer(text, ifNoneMatch, CacheControl.maxAge(MAX_AGE).cachePublic());
    }

    @GetMapping(value = "/mine.ics", produces = "text/calendar")
    @Operation(summary = "The caller's organisation's own launches as an iCalendar feed",
            description = "Private requests included, with the reason of every NET change. Calendar apps send no"
                    + " headers: subscribe to the address with ?token=<API token>; 'Authorization: Bearer' works"
                    + " too.")
    ResponseEntity<String> ownFeed(@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        Actor actor = currentActor.get();
        List<Launch> shown = actor.organization() == null ? List.of()
                : launches.ofOrganization(OrganizationId.of(actor.organization()));
        String name = "Baikonur launches of " + (actor.organization() == null ? actor.user() : actor.organization());
        String text = LaunchCalendar.render(name, settings.calendarDomain(), entries(shown, true));
        return answer(text, ifNoneMatch, CacheControl.maxAge(MAX_AGE).cachePrivate());
    }

    private List<LaunchCalendar.Entry> entries(List<Launch> shown, boolean own) {
        List<LaunchId> ids = shown.stream().map(Launch::id).toList();
        Map<LaunchId, List<NetChange>> netHistories = launches.netHistories(ids);
        Map<LaunchId, List<LaunchStatusChange>> statusHistories = launches.statusHistories(ids);
        Map<VehicleId, String> vehicleNames = vehicles.names(shown.stream().map(Launch::vehicle).toList());
        Map<PadId, String> designations = new HashMap<>();
        return shown.stream().map(launch -> {
            List<NetChange> nets = netHistories.getOrDefault(launch.id(), List.of());
            List<LaunchStatusChange> statuses = statusHistories.getOrDefault(launch.id(), List.of());
            String pad = launch.scheduledPad() == null ? null : designations.computeIfAbsent(launch.scheduledPad(),
                    id -> pads.findById(id).map(Pad::designation).orElse(id.value()));
            Instant lastChanged = Stream.concat(Stream.of(launch.requestedAt()), Stream.concat(
                            nets.stream().map(NetChange::recordedAt), statuses.stream().map(LaunchStatusChange::recordedAt)))
                    .max(Instant::compareTo).orElseThrow();
            return new LaunchCalendar.Entry(launch,
                    vehicleNames.getOrDefault(launch.vehicle(), launch.vehicle().value()), pad,
                    own ? nets : sincePublished(nets, statuses), own, lastChanged);
        }).toList();
    }

    /**
     * The NET changes the public may see: those recorded since the launch was first scheduled, when it joined the
     * public manifest. Earlier ones belong to the tenant's private request.
     */
    private static List<NetChange> sincePublished(List<NetChange> nets, List<LaunchStatusChange> statuses) {
        Optional<Instant> published = statuses.stream().filter(c -> c.to() == LaunchStatus.SCHEDULED)
                .map(LaunchStatusChange::recordedAt).findFirst();
        return published.map(at -> nets.stream().filter(c -> !c.recordedAt().isBefore(at)).toList())
                .orElse(List.of());
    }

    private static ResponseEntity<String> answer(String text, String ifNoneMatch, CacheControl cache) {
        String etag = etag(text);
        ResponseEntity.BodyBuilder builder = ResponseEntity.ok();
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            builder = ResponseEntity.status(HttpStatus.NOT_MODIFIED);
            return builder.eTag(etag).cacheControl(cache).varyBy(HttpHeaders.AUTHORIZATION).build();
        }
        return builder.eTag(etag).cacheControl(cache).varyBy(HttpHeaders.AUTHORIZATION).contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"cosmodrome.ics\"").body(text);
    }

    /** Whether an If-None-Match list names {@code etag}, compared weakly as RFC 9110 section 13.1.2 asks. */
    static boolean matches(String ifNoneMatch, String etag) {
        Function<String, String> opaque = tag -> tag.strip().startsWith("W/") ? tag.strip().substring(2)
                : tag.strip();
        return Arrays.stream(ifNoneMatch.split(",")).map(opaque)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }

    private static String etag(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "\"" + java.util.HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException absent) {
            throw new IllegalStateException("every Java platform has SHA-256", absent);
        }
    }
}

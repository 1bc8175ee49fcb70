package org.cosmodrome.permits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.rangesafety.DropZoneId;
import org.cosmodrome.rangesafety.RangeGeography;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drop zones' uses, their charges and the notices to their residents. The manifest records a launch's uses when
 * it flies, in the same transaction; each use is numbered within its zone's calendar year and charged under the
 * zone's tariff of that day (the yearly fee at the year's first use, the extra-launch fee beyond the launches it
 * includes). Every change is entered in the ledger in its transaction; charges are private to the payer and the
 * zone's operator.
 * <p>
 * Launches are held by id: this module does not depend on the manifest, so it takes the launch ids it is given.
 */
@Service
public class DropZonePermits {

    /** How far ahead of the server's clock a notice's time may be, for clocks that are slightly off. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final DropZoneTariffs tariffs;
    private final DropZoneUses uses;
    private final ResidentNotices notices;
    private final RangeGeography geography;
    private final Ledger ledger;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DropZonePermits(DropZoneTariffs tariffs, DropZoneUses uses, ResidentNotices notices, RangeGeography geography,
            Ledger ledger, CurrentActor currentActor, ApplicationEventPublisher events, Clock clock) {
        this.tariffs = tariffs;
        this.uses = uses;
        this.notices = notices;
        this.geography = geography;
        this.ledger = ledger;
        this.currentActor = currentActor;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records that a launch's stages fell in {@code zones}, and charges each use under the zone's tariff. A use
     * already recorded for the launch and zone is left as it is.
     *
     * @param launchedAt the launch's time
     * @param day the day of {@code launchedAt} at the cosmodrome; its calendar year is the one the use counts in
     * @return the uses recorded now
     */
    @Transactional
    public List<DropZoneUse> recordUse(String launch, List<String> zones, Instant launchedAt, LocalDate day) {
        Actor actor = currentActor.get();
        Instant now = clock.instant();
        List<DropZoneUse> recorded = new ArrayList<>();
        for (String zone : zones.stream().distinct().toList()) {
            if (uses.find(launch, zone).isPresent()) {
                continue;
            }
            int year = day.getYear();
            uses.lockZoneYear(zone, year);
            int number = uses.countInYear(zone, year) + 1;
            Optional<DropZoneTariff> tariff = tariffs.inForce(zone, day);
            DropZoneUse use = new DropZoneUse(launch, zone, launchedAt, day, year, number,
                    tariff.map(DropZoneTariff::id).orElse(null), now, actor.user());
            uses.insert(use);
            ledger.append("drop-zone.used", "drop-zone-use", launch + "/" + zone, List.of(), use);
            recorded.add(use);
            tariff.ifPresent(t -> t.chargeFor(number).ifPresent(kind -> {
                DropZoneCharge charge = new DropZoneCharge("charge-" + UUID.randomUUID().toString().substring(0, 8),
                        launch, zone, t.id(), year, kind, t.amountOf(kind), t.currency(), t.payer(), t.operator(),
                        now);
                uses.insert(charge);
                ledger.append("drop-zone.charged", "drop-zone-charge", charge.id(), charge.parties(), charge);
                events.publishEvent(new DropZoneCharged(charge.id(), charge.payer(), charge.operator(), zone, launch,
                        t.id(), kind, charge.amount(), charge.currency(), day));
            }));
        }
        return recorded;
    }

    /** A notice to record; see {@link ResidentNotice} for the fields. */
    public record NoticeRequest(String launch, String zone, Instant notifiedAt, String notifiedBy, String channel,
            String text) {
    }

    /**
     * Records a notice to a zone's residents of a launch.
     *
     * @throws InvalidField naming {@code launch}, {@code zone}, {@code notifiedAt}, {@code notifiedBy} or
     *         {@code channel} when missing, unknown (the zone) or in the future (the time)
     */
    @Transactional
    public ResidentNotice recordNotice(NoticeRequest request) {
        String launch = required(request.launch(), "launch");
        String zone = knownZone(required(request.zone(), "zone"), "zone");
        Instant now = clock.instant();
        if (request.notifiedAt() == null) {
            throw new InvalidField("notifiedAt", "notice.notified-at.required", "notifiedAt is required");
        }
        if (request.notifiedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidField("notifiedAt", "notice.notified-at.future",
                    "notifiedAt " + request.notifiedAt() + " is in the future; record a notice once it is given");
        }
        ResidentNotice notice = new ResidentNotice("notice-" + UUID.randomUUID().toString().substring(0, 8), launch,
                zone, request.notifiedAt(), required(request.notifiedBy(), "notifiedBy"),
                required(request.channel(), "channel"),
                request.text() == null || request.text().isBlank() ? null : request.text().strip(), now,
                currentActor.get().user());
        notices.insert(notice);
        ledger.append("resident-notice.recorded", "resident-notice", notice.id(), List.of(), notice);
        return notice;
    }

    /**
     * Whether the residents of {@code zone} were told of {@code launch} at least {@link ResidentNotice#LEAD_TIME}
     * before it flew: damage inside the zone is then not compensable. {@code false} when the launch has not used the
     * zone (not flown, or not through it), or no notice came in time.
     */
    public boolean wasNotifiedInTime(String launch, String zone) {
        return uses.find(launch, zone)
                .map(use -> notices.find(launch, zone).stream().anyMatch(n -> n.inTimeFor(use.launchedAt())))
                .orElse(false);
    }

    /** When {@code launch} flew through {@code zone}, or empty while it has not. */
    public Optional<Instant> launchedAt(String launch, String zone) {
        return uses.find(launch, zone).map(DropZoneUse::launchedAt);
    }

    /**
     * The charges of a zone, a year, or both, that the current actor may see.
     *
     * @param zone a zone id, or {@code null}
     * @param year a calendar year, or {@code null}
     * @throws InvalidField naming {@code zone} when there is no such zone, {@code year} when out of 1957 to 2100
     */
    public List<DropZoneCharge> charges(String zone, Integer year) {
        checkFilters(zone, year);
        Actor actor = currentActor.get();
        return uses.charges(zone, year).stream().filter(c -> c.visibleTo(actor)).toList();
    }

    /**
     * The uses of a zone, a year, or both; public, as the launches that made them are.
     *
     * @throws InvalidField as {@link #charges(String, Integer)}
     */
    public List<DropZoneUse> uses(String zone, Integer year) {
        checkFilters(zone, year);
        return uses.find(zone, year);
    }

    private void checkFilters(String zone, Integer year) {
        if (zone != null) {
            knownZone(zone, "zone");
        }
        if (year != null && (year < 1957 || year > 2100)) {
            throw new InvalidField("year", "drop-zone.year.out-of-range", "year must be 1957 to 2100, was " + year);
        }
    }

    private String knownZone(String zone, String field) {
        boolean known;
        try {
            known = geography.zone(DropZoneId.of(zone)).isPresent();
        } catch (InvalidField malformed) {
            known = false;
        }
        if (!known) {
            throw new InvalidField(field, "drop-zone.unknown", "there is no drop zone " + zone);
        }
        return zone;
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidField(field, "notice." + field + ".required", field + " is required");
        }
        return value.strip();
    }
}

package org.cosmodrome.permits.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cosmodrome.permits.DropZoneCharge;
import org.cosmodrome.permits.DropZonePermits;
import org.cosmodrome.permits.DropZoneTariff;
import org.cosmodrome.permits.DropZoneTariffs;
import org.cosmodrome.permits.DropZoneUse;
import org.cosmodrome.permits.ResidentNotice;
import org.cosmodrome.permits.ResidentNotices;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.rangesafety.DropZone;
import org.cosmodrome.rangesafety.DropZoneId;
import org.cosmodrome.rangesafety.RangeGeography;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The drop zones' fees in the console: each zone with a tariff, this year's uses, the charges the visitor may see and,
 * for signed-in users, the notices to the zone's residents with whether each came in time.
 */
@Controller
class DropZoneFeePages {

    /** The cosmodrome's time zone, in which a calendar year of uses starts and ends. */
    private static final ZoneId SITE_TIME = ZoneId.of("Asia/Qyzylorda");

    private final DropZoneTariffs tariffs;
    private final DropZonePermits permits;
    private final ResidentNotices notices;
    private final RangeGeography geography;
    private final CurrentActor currentActor;
    private final Clock clock;

    DropZoneFeePages(DropZoneTariffs tariffs, DropZonePermits permits, ResidentNotices notices,
            RangeGeography geography, CurrentActor currentActor, Clock clock) {
        this.tariffs = tariffs;
        this.permits = permits;
        this.notices = notices;
        this.geography = geography;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** A notice with the launch's time through the zone ({@code null} while it has not flown) and the verdict. */
    record NoticeRow(ResidentNotice notice, Instant launchedAt, Boolean inTime) {
    }

    /** One zone: its tariffs (newest first), this year's uses and visible charges, and its notices. */
    record ZoneFees(String zone, String name, List<DropZoneTariff> tariffs, List<DropZoneUse> uses,
            List<DropZoneCharge> charges, List<NoticeRow> notices) {
    }

    @GetMapping("/drop-zone-fees")
    String page(Model model, Locale locale) {
        int year = clock.instant().atZone(SITE_TIME).getYear();
        boolean signedIn = !currentActor.get().isAnonymous();
        Map<String, List<DropZoneTariff>> byZone = new LinkedHashMap<>();
        tariffs.all().forEach(t -> byZone.computeIfAbsent(t.zone(), z -> new ArrayList<>()).add(t));
        List<ZoneFees> zones = new ArrayList<>();
        byZone.forEach((zone, zoneTariffs) -> {
            String name = geography.zone(DropZoneId.of(zone)).map(DropZone::name).map(n -> n.in(locale))
                    .orElse(zone);
            List<NoticeRow> rows = signedIn ? notices.find(null, zone).stream().map(n -> {
                Instant launchedAt = permits.launchedAt(n.launch(), n.zone()).orElse(null);
                return new NoticeRow(n, launchedAt, launchedAt == null ? null : n.inTimeFor(launchedAt));
            }).toList() : List.of();
            zones.add(new ZoneFees(zone, name, zoneTariffs, permits.uses(zone, year), permits.charges(zone, year),
                    rows));
        });
        model.addAttribute("nav", "drop-zone-fees");
        model.addAttribute("year", year);
        model.addAttribute("zones", zones);
        model.addAttribute("signedIn", signedIn);
        return "permits/drop-zone-fees";
    }
}

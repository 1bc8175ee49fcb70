package org.cosmodrome.manifest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cosmodrome.planning.DateRange;
import org.cosmodrome.permits.PermitRules;
import org.cosmodrome.permits.Suspension;
import org.cosmodrome.permits.SuspensionScope;
import org.cosmodrome.planning.ScheduleProblem;
import org.cosmodrome.platform.PageQuery;
import org.cosmodrome.rangesafety.Clearance;
import org.cosmodrome.rangesafety.RangeSafetyAnalysis;
import org.cosmodrome.sites.Pad;
import org.cosmodrome.sites.PadFilter;
import org.cosmodrome.sites.Pads;
import org.cosmodrome.vehicles.Vehicle;
import org.cosmodrome.vehicles.VehicleId;
import org.cosmodrome.vehicles.Vehicles;
import org.springframework.stereotype.Component;

/**
 * Builds the solver's {@link ScheduleProblem} from what is stored: the launches to place (requested, scheduled and
 * scrubbed ones, with their current placement as {@code published}), the confirmed and go launches as {@code pinned},
 * the pads (a pad not active or idle is out of service over the whole horizon), the vehicles with their hazard class
 * ({@code TOXIC} when {@link Vehicle#burnsToxicPropellant()}) and turnaround, the site's rules, and what the host
 * state's permits say ({@link PermitRules}): a suspension in force of a family suspends the family, of a pad is an
 * outage of the pad, of the site suspends every family, each from its start to its planned end or, until lifted, to
 * the horizon's end; the caps of approved launch plans cap their family or hazard class in their year.
 * Ids in the problem are the stored ids: launch ids, pad ids ({@code 31-6}), vehicle ids.
 */
@Component
class ManifestProblem {

    static final String TOXIC = "TOXIC";
    static final String NON_TOXIC = "NON_TOXIC";
    /** The horizon reaches at least this far past today, so new requests have room. */
    static final int MIN_HORIZON_DAYS = 730;

    private final Launches launches;
    private final Pads pads;
    private final Vehicles vehicles;
    private final SchedulingRules rules;
    private final RangeSafetyAnalysis rangeSafety;
    private final PermitRules permits;

    ManifestProblem(Launches launches, Pads pads, Vehicles vehicles, SchedulingRules rules,
            RangeSafetyAnalysis rangeSafety, PermitRules permits) {
        this.permits = permits;
        this.launches = launches;
        this.pads = pads;
        this.vehicles = vehicles;
        this.rules = rules;
        this.rangeSafety = rangeSafety;
    }

    /**
     * Range safety's word on flying this vehicle to this inclination: a corridor whose analysis is no-go or failed
     * cannot be scheduled.
     */
    Clearance clearance(String launchId, VehicleId vehicle, double inclination) {
        return rangeSafety.clearance(launchId, vehicle, inclination);
    }

    /**
     * The stored manifest as a problem, and the launches left out of it with why.
     *
     * @param skipped launches that would be planned but cannot be (their window has passed, or range safety refuses
     *        their corridor), with the reason
     */
    record Built(ScheduleProblem problem, List<Launch> planned, Map<LaunchId, List<String>> skipped) {
    }

    /** @param today the first day that may be scheduled (at the cosmodrome) */
    Built build(LocalDate today) {
        List<Launch> planned = new ArrayList<>();
        Map<LaunchId, List<String>> skipped = new LinkedHashMap<>();
        List<ScheduleProblem.Request> requests = new ArrayList<>();
        for (Launch launch : launches.all()) {
            Optional<ScheduleProblem.Request> request = request(launch, today, skipped);
            request.ifPresent(r -> {
                requests.add(r);
                planned.add(launch);
            });
        }
        return new Built(problem(today, requests, List.of()), planned, skipped);
    }

    /**
     * The stored manifest and one more request, for "where can this fit".
     *
     * @param draft the request's id is {@code draft}
     */
    ScheduleProblem withDraft(LocalDate today, ScheduleProblem.Request draft) {
        Built built = build(today);
        return problem(today, built.problem().requests(), List.of(draft));
    }

    /** A draft request as the solver sees it, with its window clamped to start no earlier than today. */
    static ScheduleProblem.Request draftRequest(String tenant, LaunchDraft draft, LocalDate today) {
        LocalDate earliest = max(draft.window().earliest(), today);
        LocalDate latest = max(draft.window().latest(), earliest);
        LocalDate desired = clamp(draft.window().desired(), earliest, latest);
        return new ScheduleProblem.Request("draft", tenant, draft.vehicle().value(), draft.orbit().inclination(),
                earliest, latest, desired, draft.priority().rank(), null,
                draft.fixedPad() == null ? null : draft.fixedPad().value(), null);
    }

    private Optional<ScheduleProblem.Request> request(Launch launch, LocalDate today,
            Map<LaunchId, List<String>> skipped) {
        LaunchStatus status = launch.status();
        boolean placed = launch.scheduledPad() != null && launch.scheduledDate() != null;
        if (status.pinned()) {
            if (!placed || launch.scheduledDate().isBefore(today)) {
                return Optional.empty();
            }
            ScheduleProblem.Placement at = new ScheduleProblem.Placement(launch.scheduledPad().value(),
                    launch.scheduledDate());
            LocalDate earliest = min(launch.window().earliest(), launch.scheduledDate());
            LocalDate latest = max(launch.window().latest(), launch.scheduledDate());
            return Optional.of(new ScheduleProblem.Request(launch.id().value(), launch.organization().value(),
                    launch.vehicle().value(), launch.orbit().inclination(), max(earliest, today), latest,
                    clamp(launch.window().desired(), max(earliest, today), latest), launch.priority().rank(), at,
                    launch.fixedPad() == null ? null : launch.fixedPad().value(), at));
        }
        if (!status.toBePlanned()) {
            return Optional.empty();
        }
        Clearance clearance = clearance(launch.id().value(), launch.vehicle(), launch.orbit().inclination());
        if (clearance.refused()) {
            skipped.put(launch.id(), List.of(clearance.reason()
                    + " The corridor cannot be scheduled until an analysis of it is go."));
            return Optional.empty();
        }
        if (launch.window().latest().isBefore(today)) {
            skipped.put(launch.id(), List.of("Its window closed on " + launch.window().latest()
                    + "; ask for a new window to have it planned again."));
            return Optional.empty();
        }
        LocalDate earliest = max(launch.window().earliest(), today);
        LocalDate latest = launch.window().latest();
        ScheduleProblem.Placement published = placed && !launch.scheduledDate().isBefore(today)
                ? new ScheduleProblem.Placement(launch.scheduledPad().value(), launch.scheduledDate()) : null;
        return Optional.of(new ScheduleProblem.Request(launch.id().value(), launch.organization().value(),
                launch.vehicle().value(), launch.orbit().inclination(), earliest, latest,
                clamp(launch.window().desired(), earliest, latest), launch.priority().rank(), null,
                launch.fixedPad() == null ? null : launch.fixedPad().value(), published));
    }

    private ScheduleProblem problem(LocalDate today, List<ScheduleProblem.Request> stored,
            List<ScheduleProblem.Request> extra) {
        List<ScheduleProblem.Request> requests = new ArrayList<>(stored);
        requests.addAll(extra);
        LocalDate end = today.plusDays(MIN_HORIZON_DAYS);
        for (ScheduleProblem.Request r : requests) {
            end = max(end, r.latest());
        }
        DateRange horizon = new DateRange(today, end);
        SiteRules site = rules.current();
        List<Suspension> inForce = permits.suspensionsInForce().stream()
                .filter(s -> s.plannedEnd() == null || !s.plannedEnd().isBefore(today)).toList();

        Set<VehicleId> vehicleIds = new LinkedHashSet<>();
        requests.forEach(r -> vehicleIds.add(new VehicleId(r.vehicle())));
        List<Pad> allPads = pads.find(PadFilter.none(), PageQuery.all()).items();
        List<ScheduleProblem.Pad> problemPads = new ArrayList<>();
        for (Pad pad : allPads) {
            List<String> supported = pad.supportedVehicles().stream().filter(vehicleIds::contains)
                    .map(VehicleId::value).toList();
            if (supported.isEmpty()) {
                continue;
            }
            List<DateRange> outages = new ArrayList<>();
            if (!pad.status().canLaunch()) {
                outages.add(horizon);
            }
            inForce.stream().filter(s -> s.scope() == SuspensionScope.PAD && s.pad().equals(pad.id().value()))
                    .forEach(s -> outages.add(period(s, horizon)));
            problemPads.add(new ScheduleProblem.Pad(pad.id().value(), supported, outages));
        }

        Map<String, Integer> turnaround = new LinkedHashMap<>();
        site.vehicles().forEach(v -> turnaround.put(v.vehicle(), v.turnaroundDays()));
        List<ScheduleProblem.Vehicle> problemVehicles = new ArrayList<>();
        for (VehicleId id : vehicleIds) {
            vehicles.findById(id).ifPresent(v -> problemVehicles.add(new ScheduleProblem.Vehicle(v.id().value(),
                    v.family(), v.burnsToxicPropellant() ? TOXIC : NON_TOXIC,
                    turnaround.getOrDefault(v.id().value(), site.defaultTurnaroundDays()))));
        }

        List<ScheduleProblem.DropZone> zones = site.dropZones().stream()
                .map(z -> new ScheduleProblem.DropZone(z.id(), z.maxLaunchesPerYear(),
                        z.closures().stream().map(c -> new DateRange(c.start(), c.end())).toList()))
                .toList();
        List<ScheduleProblem.Corridor> corridors = site.corridors().stream()
                .map(c -> new ScheduleProblem.Corridor(c.inclination(), c.dropZones())).toList();
        List<ScheduleProblem.Cap> caps = new ArrayList<>(site.caps().stream()
                .map(c -> new ScheduleProblem.Cap(c.hazardClass(), c.maxPerYear())).toList());
        caps.addAll(approvedCaps());
        Set<String> families = new LinkedHashSet<>();
        problemVehicles.forEach(v -> families.add(v.family()));
        List<ScheduleProblem.Suspension> suspensions = new ArrayList<>();
        for (Suspension s : inForce) {
            DateRange period = period(s, horizon);
            switch (s.scope()) {
                case FAMILY -> suspensions.add(new ScheduleProblem.Suspension(s.family(), period.start(),
                        period.end()));
                case SITE -> families.forEach(family -> suspensions.add(new ScheduleProblem.Suspension(family,
                        period.start(), period.end())));
                case PAD -> { } // an outage of its pad, above
            }
        }
        return new ScheduleProblem(horizon, site.rangeSeparationDays(), problemVehicles, problemPads, zones,
                corridors, caps, suspensions, requests);
    }

    /**
     * The caps of the approved launch plans, one per hazard class, family and year: plans of several lessees that
     * cap the same add up, since the solver counts every tenant's launches against a cap.
     */
    private List<ScheduleProblem.Cap> approvedCaps() {
        Map<List<Object>, Integer> summed = new LinkedHashMap<>();
        for (PermitRules.ApprovedCap cap : permits.approvedCaps()) {
            summed.merge(java.util.Arrays.asList(cap.hazardClass(), cap.family(), cap.year()), cap.maxLaunches(),
                    Integer::sum);
        }
        List<ScheduleProblem.Cap> caps = new ArrayList<>();
        summed.forEach((key, max) -> caps.add(new ScheduleProblem.Cap((String) key.get(0), (String) key.get(1),
                (Integer) key.get(2), max)));
        return caps;
    }

    /** The days a suspension stops launches: from its start to its planned end, or to the horizon's end. */
    private static DateRange period(Suspension s, DateRange horizon) {
        LocalDate end = s.plannedEnd() != null ? s.plannedEnd() : max(horizon.end(), s.start());
        return new DateRange(s.start(), end);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate clamp(LocalDate day, LocalDate from, LocalDate to) {
        return day.isBefore(from) ? from : day.isAfter(to) ? to : day;
    }
}

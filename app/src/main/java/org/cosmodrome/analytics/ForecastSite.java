package org.cosmodrome.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cosmodrome.manifest.SchedulingRules;
import org.cosmodrome.manifest.SiteRules;
import org.cosmodrome.planning.DateRange;
import org.cosmodrome.planning.ScheduleProblem;
import org.cosmodrome.planning.forecast.ForecastScenario;
import org.cosmodrome.platform.PageQuery;
import org.cosmodrome.sites.Pad;
import org.cosmodrome.sites.PadFilter;
import org.cosmodrome.sites.Pads;
import org.cosmodrome.vehicles.Vehicle;
import org.cosmodrome.vehicles.VehicleId;
import org.cosmodrome.vehicles.Vehicles;
import org.springframework.stereotype.Component;

/**
 * The site part of a forecast scenario as it is stored now, the way the manifest's planner sees it: the vehicles the
 * demand uses, with their family, hazard class ({@code TOXIC} when the vehicle burns toxic propellant) and the site's
 * turnaround for them; every stored pad that supports one of them, plus pads the scenario declares; the range
 * separation, drop zones with their yearly limits and closures, corridors and hazard caps of the manifest's
 * scheduling rules. A stored pad that cannot launch today (under conversion, say) is out of service over the whole
 * forecast unless an event of the scenario opens it. Suspensions are left out: one in force today is not assumed to
 * last for years.
 */
@Component
class ForecastSite {

    static final String TOXIC = "TOXIC";
    static final String NON_TOXIC = "NON_TOXIC";

    private final Pads pads;
    private final Vehicles vehicles;
    private final SchedulingRules rules;

    ForecastSite(Pads pads, Vehicles vehicles, SchedulingRules rules) {
        this.pads = pads;
        this.vehicles = vehicles;
        this.rules = rules;
    }

    /**
     * @param vehicleIds the vehicles the scenario's demand uses
     * @param declared pads the scenario adds to the stored ones
     * @param openedByEvents pads some event of the scenario opens
     * @param first the forecast's first day, {@code last} its last
     */
    ForecastScenario.Site build(Set<String> vehicleIds, List<ForecastScenario.PadSpec> declared,
            Set<String> openedByEvents, LocalDate first, LocalDate last) {
        SiteRules site = rules.current();
        Map<String, Integer> turnaround = new LinkedHashMap<>();
        site.vehicles().forEach(v -> turnaround.put(v.vehicle(), v.turnaroundDays()));
        List<ScheduleProblem.Vehicle> problemVehicles = new ArrayList<>();
        for (String id : vehicleIds) {
            Vehicle v = vehicles.findById(new VehicleId(id)).orElse(null);
            if (v != null) {
                problemVehicles.add(new ScheduleProblem.Vehicle(id, v.family(),
                        v.burnsToxicPropellant() ? TOXIC : NON_TOXIC,
                        turnaround.getOrDefault(id, site.defaultTurnaroundDays())));
            }
        }
        List<ForecastScenario.PadSpec> padSpecs = new ArrayList<>();
        Set<String> declaredIds = new LinkedHashSet<>();
        declared.forEach(p -> declaredIds.add(p.id()));
        for (Pad pad : pads.find(PadFilter.none(), PageQuery.all()).items()) {
            String id = pad.id().value();
            if (declaredIds.contains(id)) {
                continue;
            }
            List<String> supported = pad.supportedVehicles().stream().map(VehicleId::value)
                    .filter(vehicleIds::contains).toList();
            if (supported.isEmpty()) {
                continue;
            }
            List<DateRange> outages = pad.status().canLaunch() || openedByEvents.contains(id) ? List.of()
                    : List.of(new DateRange(first, last));
            padSpecs.add(new ForecastScenario.PadSpec(id, supported, outages));
        }
        padSpecs.addAll(declared);
        List<ScheduleProblem.DropZone> zones = site.dropZones().stream()
                .map(z -> new ScheduleProblem.DropZone(z.id(), z.maxLaunchesPerYear(),
                        z.closures().stream().map(c -> new DateRange(c.start(), c.end())).toList()))
                .toList();
        List<ScheduleProblem.Corridor> corridors = site.corridors().stream()
                .map(c -> new ScheduleProblem.Corridor(c.inclination(), c.dropZones())).toList();
        List<ScheduleProblem.Cap> caps = site.caps().stream()
                .map(c -> new ScheduleProblem.Cap(c.hazardClass(), c.maxPerYear())).toList();
        return new ForecastScenario.Site(site.rangeSeparationDays(), problemVehicles, padSpecs, zones, corridors,
                caps, List.of());
    }
}

package org.cosmodrome.planning.forecast;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cosmodrome.planning.ScheduleProblem;
import org.cosmodrome.planning.forecast.ForecastEngine.ScenarioProblem;

/** The checks of a scenario before it runs, each problem naming its field as a JSON path. */
final class ScenarioCheck {

    static final int MAX_YEARS = 30;
    static final int MAX_SAMPLES = 500;
    static final double MAX_PER_YEAR = 1000;

    private final List<ScenarioProblem> problems = new ArrayList<>();

    private ScenarioCheck() {
    }

    static List<ScenarioProblem> problems(ForecastScenario scenario) {
        ScenarioCheck check = new ScenarioCheck();
        check.scenario(scenario);
        return List.copyOf(check.problems);
    }

    private void scenario(ForecastScenario s) {
        if (s.name() == null || s.name().isBlank()) {
            fail("name", "must not be blank");
        }
        if (s.firstYear() < 1957 || s.firstYear() > 2200) {
            fail("firstYear", "must be a year from 1957 to 2200");
        }
        if (s.years() < 1 || s.years() > MAX_YEARS) {
            fail("years", "must be 1 to " + MAX_YEARS);
        }
        if (s.samples() < 1 || s.samples() > MAX_SAMPLES) {
            fail("samples", "must be 1 to " + MAX_SAMPLES);
        }
        growth(s.growth());
        Set<String> vehicles = new HashSet<>();
        Set<String> pads = new HashSet<>();
        if (s.site() == null) {
            fail("site", "is required");
        } else {
            site(s.site(), vehicles, pads);
        }
        Set<String> streams = new HashSet<>();
        for (int i = 0; i < s.streams().size(); i++) {
            ForecastScenario.DemandStream stream = s.streams().get(i);
            String at = "streams[" + i + "]";
            if (blank(stream.id())) {
                fail(at + ".id", "must not be blank");
            } else if (!streams.add(stream.id())) {
                fail(at + ".id", "repeats stream " + stream.id());
            }
            if (blank(stream.tenant())) {
                fail(at + ".tenant", "must not be blank");
            }
            if (blank(stream.vehicle()) || !vehicles.contains(stream.vehicle())) {
                fail(at + ".vehicle", "must be one of the site's vehicles");
            }
            if (!(stream.inclination() >= 0 && stream.inclination() <= 180)) {
                fail(at + ".inclination", "must be 0 to 180 degrees");
            }
            if (stream.priority() < 1) {
                fail(at + ".priority", "must be 1 or more");
            }
            if (!(stream.perYear() >= 0 && stream.perYear() <= MAX_PER_YEAR)) {
                fail(at + ".perYear", "must be 0 to " + (int) MAX_PER_YEAR);
            }
            if (!(stream.spread() >= 0 && stream.spread() <= MAX_PER_YEAR)) {
                fail(at + ".spread", "must be 0 to " + (int) MAX_PER_YEAR);
            }
            if (stream.windowDays() < 1 || stream.windowDays() > 366) {
                fail(at + ".windowDays", "must be 1 to 366");
            }
        }
        Set<String> events = new HashSet<>();
        for (int i = 0; i < s.events().size(); i++) {
            ForecastScenario.ScenarioEvent event = s.events().get(i);
            String at = "events[" + i + "]";
            if (blank(event.id())) {
                fail(at + ".id", "must not be blank");
            } else if (!events.add(event.id())) {
                fail(at + ".id", "repeats event " + event.id());
            }
            if (blank(event.label())) {
                fail(at + ".label", "must not be blank");
            }
            if (event.date() == null) {
                fail(at + ".date", "is required");
            }
            known(at + ".startsStreams", event.startsStreams(), streams, "stream");
            known(at + ".endsStreams", event.endsStreams(), streams, "stream");
            known(at + ".opensPads", event.opensPads(), pads, "pad");
            known(at + ".closesPads", event.closesPads(), pads, "pad");
        }
    }

    private void growth(ForecastScenario.Growth g) {
        if (g == null) {
            fail("growth", "is required");
            return;
        }
        if (!(g.low() > -1 && g.low() <= 2)) {
            fail("growth.low", "must be above -1 (-100 %) and at most 2 (200 %)");
        } else if (!(g.rate() >= g.low() && g.rate() <= 2)) {
            fail("growth.rate", "must lie between growth.low and 2 (200 %)");
        } else if (!(g.high() >= g.rate() && g.high() <= 2)) {
            fail("growth.high", "must lie between growth.rate and 2 (200 %)");
        }
    }

    private void site(ForecastScenario.Site site, Set<String> vehicles, Set<String> pads) {
        if (site.rangeSeparationDays() < 0 || site.rangeSeparationDays() > 365) {
            fail("site.rangeSeparationDays", "must be 0 to 365");
        }
        for (int i = 0; i < site.vehicles().size(); i++) {
            ScheduleProblem.Vehicle vehicle = site.vehicles().get(i);
            String at = "site.vehicles[" + i + "]";
            if (blank(vehicle.id())) {
                fail(at + ".id", "must not be blank");
            } else if (!vehicles.add(vehicle.id())) {
                fail(at + ".id", "repeats vehicle " + vehicle.id());
            }
            if (blank(vehicle.family())) {
                fail(at + ".family", "must not be blank");
            }
            if (vehicle.turnaroundDays() < 0 || vehicle.turnaroundDays() > 366) {
                fail(at + ".turnaroundDays", "must be 0 to 366");
            }
        }
        for (int i = 0; i < site.pads().size(); i++) {
            ForecastScenario.PadSpec pad = site.pads().get(i);
            String at = "site.pads[" + i + "]";
            if (blank(pad.id())) {
                fail(at + ".id", "must not be blank");
            } else if (!pads.add(pad.id())) {
                fail(at + ".id", "repeats pad " + pad.id());
            }
            known(at + ".vehicles", pad.vehicles(), vehicles, "vehicle");
        }
        for (int i = 0; i < site.caps().size(); i++) {
            ScheduleProblem.Cap cap = site.caps().get(i);
            if (cap.hazardClass() == null && cap.family() == null) {
                fail("site.caps[" + i + "]", "names a hazard class, a family or both");
            }
            if (cap.maxPerYear() < 0) {
                fail("site.caps[" + i + "].maxPerYear", "must be 0 or more");
            }
        }
        for (int i = 0; i < site.suspensions().size(); i++) {
            ScheduleProblem.Suspension suspension = site.suspensions().get(i);
            if (suspension.start() == null || suspension.end() == null || suspension.end().isBefore(
                    suspension.start())) {
                fail("site.suspensions[" + i + "]", "needs a start and an end not before it");
            }
        }
    }

    private void known(String at, List<String> names, Set<String> known, String what) {
        for (int i = 0; i < names.size(); i++) {
            if (!known.contains(names.get(i))) {
                fail(at + "[" + i + "]", "names no " + what + " of the scenario: " + names.get(i));
            }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private void fail(String field, String message) {
        problems.add(new ScenarioProblem(field, message));
    }
}

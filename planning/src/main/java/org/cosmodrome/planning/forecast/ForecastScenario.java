package org.cosmodrome.planning.forecast;

import java.time.LocalDate;
import java.util.List;

import org.cosmodrome.planning.ScheduleProblem;

/**
 * A what-if for the coming years: the site's rules, the launch demand (streams of launches of one vehicle to one
 * inclination, some growing with the market) and dated events that start or end streams and open or close pads. The
 * forecast generates the demand of every year from the seed, plans each year with the manifest scheduler and reports
 * what could not fly and why ({@link ForecastEngine}).
 * <p>
 * Years are calendar years; dates are whole days; ranges are inclusive at both ends.
 *
 * @param name what the scenario is called, e.g. {@code Base: 17.5 %/yr}
 * @param firstYear the first calendar year forecast
 * @param years how many years, 1 to 30
 * @param seed the random seed: the same scenario and seed give the same report
 * @param samples Monte Carlo samples of the uncertain demand, 1 to 500
 * @param growth market growth of the streams that grow
 * @param site the pads, vehicles, range separation, drop zones, corridors, caps and suspensions
 * @param streams the launch demand
 * @param events dated changes, in any order
 */
public record ForecastScenario(String name, int firstYear, int years, long seed, int samples, Growth growth,
        Site site, List<DemandStream> streams, List<ScenarioEvent> events) {

    public ForecastScenario {
        streams = List.copyOf(streams);
        events = List.copyOf(events);
    }

    /** The last calendar year forecast. */
    public int lastYear() {
        return firstYear + years - 1;
    }

    /**
     * Yearly market growth as fractions (0.175 is 17.5 % a year). Each Monte Carlo sample draws its rate from the
     * triangular distribution with mode {@code rate} between {@code low} and {@code high}; {@code low <= rate <= high}.
     */
    public record Growth(double rate, double low, double high) {
    }

    /**
     * The site's rules, as the scheduler takes them ({@link ScheduleProblem}).
     *
     * @param pads every pad that is or may be open during the forecast
     * @param caps yearly caps; a cap with a {@code year} applies only then
     * @param suspensions suspensions known in advance
     */
    public record Site(int rangeSeparationDays, List<ScheduleProblem.Vehicle> vehicles, List<PadSpec> pads,
            List<ScheduleProblem.DropZone> dropZones, List<ScheduleProblem.Corridor> corridors,
            List<ScheduleProblem.Cap> caps, List<ScheduleProblem.Suspension> suspensions) {

        public Site {
            vehicles = List.copyOf(vehicles);
            pads = List.copyOf(pads);
            dropZones = List.copyOf(dropZones);
            corridors = List.copyOf(corridors);
            caps = List.copyOf(caps);
            suspensions = List.copyOf(suspensions);
        }
    }

    /**
     * A pad. It is open from the start of the forecast unless an enabled event opens it, and until an enabled event
     * closes it.
     *
     * @param vehicles ids of the vehicles it supports
     * @param outages days it is out of service
     */
    public record PadSpec(String id, List<String> vehicles, List<org.cosmodrome.planning.DateRange> outages) {

        public PadSpec {
            vehicles = List.copyOf(vehicles);
            outages = List.copyOf(outages);
        }
    }

    /**
     * A stream of launch demand: launches of one vehicle to one inclination for one tenant. Active from the start of
     * the forecast unless an enabled event starts it, and until an enabled event ends it; in a year it is active only
     * part of, its demand is scaled by the active share of the year.
     *
     * @param label e.g. {@code ISS crew and cargo (Soyuz-2.1a)}
     * @param priority 1 is the highest, as in {@link ScheduleProblem.Request}
     * @param perYear launches a year: the mean in {@link #firstYear} for a growing stream; the middle of the
     *        uniform range for a steady one
     * @param spread for a steady stream, launches a year are drawn uniformly between {@code perYear - spread} and
     *        {@code perYear + spread}, scaled by the active share of the year and rounded up or down at random in
     *        proportion to the fraction (so the mean is kept); ignored when the stream grows
     * @param grows whether the stream grows with the market: its launches of year y are Poisson distributed with mean
     *        {@code perYear * (1 + g)^(y - firstYear)}, g the sample's growth rate
     * @param windowDays each launch's window: this many days around its desired day, clipped to the active part of
     *        its year; at least 1
     */
    public record DemandStream(String id, String label, String tenant, String vehicle, double inclination,
            int priority, double perYear, double spread, boolean grows, int windowDays) {
    }

    /**
     * A dated change, e.g. {@code ISS de-orbited} ending the ISS streams on 31 December 2028. A disabled event
     * changes nothing: the streams it would start never start, the ones it would end go on, and so on.
     *
     * @param date the day it takes effect: streams started and pads opened are active from this day, streams ended
     *        and pads closed are no longer active from this day
     */
    public record ScenarioEvent(String id, String label, LocalDate date, boolean enabled, List<String> startsStreams,
            List<String> endsStreams, List<String> opensPads, List<String> closesPads) {

        public ScenarioEvent {
            startsStreams = List.copyOf(startsStreams);
            endsStreams = List.copyOf(endsStreams);
            opensPads = List.copyOf(opensPads);
            closesPads = List.copyOf(closesPads);
        }
    }
}

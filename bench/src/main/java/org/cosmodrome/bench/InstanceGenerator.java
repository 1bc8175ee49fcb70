package org.cosmodrome.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.cosmodrome.planning.DateRange;
import org.cosmodrome.planning.ScheduleProblem;
import org.cosmodrome.planning.ScheduleProblem.Cap;
import org.cosmodrome.planning.ScheduleProblem.Corridor;
import org.cosmodrome.planning.ScheduleProblem.DropZone;
import org.cosmodrome.planning.ScheduleProblem.Pad;
import org.cosmodrome.planning.ScheduleProblem.Placement;
import org.cosmodrome.planning.ScheduleProblem.Request;
import org.cosmodrome.planning.ScheduleProblem.Suspension;
import org.cosmodrome.planning.ScheduleProblem.Vehicle;

/**
 * Seeded schedule-v1 instances of Baikonur (same seed, same instance, on any machine: the generator draws from
 * {@code L64X128MixRandom}, whose algorithm Java specifies). Pads, vehicles, corridors and the toxic cap follow
 * {@code baikonur-facts.md}; drop-zone limits, closures, outages and the demand are assumptions, named as such below.
 * <ul>
 * <li>{@link #baikonur2027}: the 2027 manifest, 21 requests on pads 31/6, 81/24, 200/39 and 45/1 (6 ISS flights at
 * priority 1, 8 national at 2, 7 commercial at 3), nine Proton-M requests against a cap of 8 toxic launches a year;</li>
 * <li>{@link #decade}: 2027-2036, that year followed by demand growing 17.5 %/yr (fivefold in ten years, the Eastern
 * Range's rate), Proton phased out after 2030, start-up pads of the planned special economic zone opening in 2029,
 * 2030 and 2031;</li>
 * <li>{@link #scale}: a stress case of 5,000 requests over 10 pads and 10 years, 500 a year.</li>
 * </ul>
 * {@code main} writes them as JSON into a directory (default {@code bench/instances}).
 */
public final class InstanceGenerator {

    public static final long BAIKONUR_2027_SEED = 2027L;
    public static final long DECADE_SEED = 20272036L;
    public static final long SCALE_SEED = 5000L;
    /** Yearly demand growth, base case of the forecast (anchors.md, Part 4). */
    public static final double GROWTH = 0.175;

    /** The instances {@code main} writes, by file name. */
    public static Map<String, ScheduleProblem> all() {
        Map<String, ScheduleProblem> all = new LinkedHashMap<>();
        all.put("baikonur-2027.json", baikonur2027(BAIKONUR_2027_SEED));
        all.put("baikonur-2027-2036.json", decade(DECADE_SEED));
        all.put("scale-5000.json", scale(SCALE_SEED));
        return all;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "bench/instances");
        Files.createDirectories(dir);
        for (Map.Entry<String, ScheduleProblem> e : all().entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), ScheduleJson.write(e.getValue()));
            System.out.println(dir.resolve(e.getKey()) + ": " + e.getValue().requests().size() + " requests");
        }
    }

    // --- the site -------------------------------------------------------------------------------------------------

    static final Vehicle SOYUZ_21A = new Vehicle("Soyuz-2.1a", "Soyuz-2", "KEROSENE", 12);
    /** Two days more than the 2.1a on the same pad: the Fregat upper stage is fuelled and mated. Assumed. */
    static final Vehicle SOYUZ_21B = new Vehicle("Soyuz-2.1b", "Soyuz-2", "KEROSENE", 14);
    /** Heptyl and amyl: the hazard class the host caps. */
    static final Vehicle PROTON_M = new Vehicle("Proton-M", "Proton", "TOXIC", 30);
    /** Baiterek's design capacity is 6-8 launches a year (baikonur-facts.md), hence 45 days. */
    static final Vehicle SOYUZ_5 = new Vehicle("Soyuz-5", "Soyuz-5", "KEROSENE", 45);

    private static final String ULYTAU = "ULYTAU";
    private static final String UST_KAN = "ALTAI-UST-KAN";
    private static final String ALTAI_327 = "ALTAI-327";
    private static final String KARAGANDA_NE = "KARAGANDA-NE";
    private static final String TOMSK = "TOMSK";
    private static final String KOSTANAY_120 = "KOSTANAY-120";
    private static final String SEVEROURALSK = "SEVEROURALSK";
    private static final String TORGAY_SEZ = "TORGAY-SEZ";

    /**
     * Trajectory corridors. 51.6 (ISS; boosters in Ulytau, core stage in Altai's Ust-Kan district), 51.5 (Proton to GTO;
     * second stage in Altai zone 327), 64.8 (GLONASS; second stage in Tomsk oblast), 97.6 (sun-synchronous, northern
     * corridor: zone 120 in Kostanay, second stage near Severouralsk). 70.0 for light launchers, whose stages fall in
     * Kazakhstan only, is assumed for the decade and stress instances.
     */
    private static List<Corridor> corridors(boolean lightLaunchers) {
        List<Corridor> c = new ArrayList<>(List.of(new Corridor(51.5, List.of(ULYTAU, ALTAI_327)),
                new Corridor(51.6, List.of(ULYTAU, UST_KAN)),
                new Corridor(64.8, List.of(KARAGANDA_NE, TOMSK)),
                new Corridor(97.6, List.of(KOSTANAY_120, SEVEROURALSK))));
        if (lightLaunchers) {
            c.add(new Corridor(70.0, List.of(TORGAY_SEZ)));
        }
        return c;
    }

    /**
     * A drop zone's seasonal closures, every year of the horizon, each shifted by up to {@code jitter} days (assumed:
     * the sources give the zones, not their calendars).
     */
    private record Season(String why, MonthDay from, MonthDay to) {
    }

    private static final Map<String, List<Season>> SEASONS = Map.of(
            ULYTAU, List.of(new Season("Nauryz holidays, notices cannot be served", MonthDay.of(3, 20), MonthDay.of(3, 24)),
                    new Season("spring thaw, recovery teams cannot reach", MonthDay.of(4, 5), MonthDay.of(4, 18))),
            UST_KAN, List.of(new Season("wildfire season peak", MonthDay.of(7, 25), MonthDay.of(8, 8))),
            ALTAI_327, List.of(new Season("summer pastures occupied", MonthDay.of(6, 15), MonthDay.of(6, 30))),
            KARAGANDA_NE, List.of(new Season("grain harvest", MonthDay.of(8, 20), MonthDay.of(9, 5))),
            TOMSK, List.of(new Season("spring flood of the Ket", MonthDay.of(5, 1), MonthDay.of(5, 25))),
            KOSTANAY_120, List.of(new Season("grain harvest", MonthDay.of(8, 25), MonthDay.of(9, 20))),
            SEVEROURALSK, List.of(new Season("deep snow, no recovery", MonthDay.of(1, 10), MonthDay.of(2, 20))),
            TORGAY_SEZ, List.of(new Season("grain harvest", MonthDay.of(9, 1), MonthDay.of(9, 15))));

    private static DropZone zone(String id, Integer limit, int firstYear, int lastYear, int jitter, RandomGenerator rng) {
        List<DateRange> closures = new ArrayList<>();
        for (int y = firstYear; y <= lastYear; y++) {
            for (Season s : SEASONS.get(id)) {
                int shift = jitter == 0 ? 0 : rng.nextInt(-jitter, jitter + 1);
                closures.add(new DateRange(s.from().atYear(y).plusDays(shift), s.to().atYear(y).plusDays(shift)));
            }
        }
        return new DropZone(id, limit, closures);
    }

    // --- (a) one Baikonur year --------------------------------------------------------------------------------------

    /** A request of the 2027 manifest before jitter: desired month and day, half-window in days. */
    private record Demand(String id, String tenant, Vehicle vehicle, double inclination, MonthDay desired,
            int priority, int halfWindow) {
    }

    private static final List<Demand> MANIFEST_2027 = List.of(
            new Demand("Progress MS-35", "Roscosmos (ISS)", SOYUZ_21A, 51.6, MonthDay.of(2, 12), 1, 4),
            new Demand("Soyuz MS-31", "Roscosmos (ISS)", SOYUZ_21A, 51.6, MonthDay.of(3, 18), 1, 3),
            new Demand("Progress MS-36", "Roscosmos (ISS)", SOYUZ_21A, 51.6, MonthDay.of(5, 6), 1, 5),
            new Demand("Progress MS-37", "Roscosmos (ISS)", SOYUZ_21A, 51.6, MonthDay.of(7, 8), 1, 6),
            new Demand("Soyuz MS-32", "Roscosmos (ISS)", SOYUZ_21A, 51.6, MonthDay.of(9, 16), 1, 3),
            new Demand("Progress MS-38", "Roscosmos (ISS)", SOYUZ_21A, 51.6, MonthDay.of(11, 20), 1, 5),
            new Demand("Elektro-L No.6", "Roscosmos", PROTON_M, 51.5, MonthDay.of(4, 22), 2, 20),
            new Demand("Luch-5X No.2", "Roscosmos", PROTON_M, 51.5, MonthDay.of(6, 25), 2, 25),
            new Demand("GLONASS-K2 No.3-4", "Roscosmos", PROTON_M, 64.8, MonthDay.of(5, 15), 2, 20),
            new Demand("Ekspress-AMU4", "RSCC", PROTON_M, 51.5, MonthDay.of(8, 10), 2, 30),
            new Demand("KazSat-2R", "KazCosmos", PROTON_M, 51.5, MonthDay.of(10, 5), 2, 25),
            new Demand("Resurs-P No.6", "Roscosmos", SOYUZ_21B, 97.6, MonthDay.of(3, 28), 2, 21),
            new Demand("Meteor-M No.2-6", "Roscosmos", SOYUZ_21B, 97.6, MonthDay.of(9, 2), 2, 21),
            new Demand("Soyuz-5 flight 2", "Roscosmos / Baiterek JV", SOYUZ_5, 51.6, MonthDay.of(4, 15), 2, 30),
            new Demand("Proton GTO-1", "ILS", PROTON_M, 51.5, MonthDay.of(2, 20), 3, 30),
            new Demand("Proton GTO-2", "ILS", PROTON_M, 51.5, MonthDay.of(7, 20), 3, 30),
            new Demand("Proton GTO-3", "ILS", PROTON_M, 51.5, MonthDay.of(11, 10), 3, 30),
            new Demand("Yamal-601R", "Gazprom Space Systems", PROTON_M, 51.5, MonthDay.of(12, 5), 3, 20),
            new Demand("Soyuz-5 commercial 1", "Baiterek JV", SOYUZ_5, 51.6, MonthDay.of(8, 20), 3, 40),
            new Demand("Soyuz-5 commercial 2", "Baiterek JV", SOYUZ_5, 97.6, MonthDay.of(11, 15), 3, 30),
            new Demand("SSO rideshare 2027", "GK Launch Services", SOYUZ_21B, 97.6, MonthDay.of(6, 18), 3, 30));

    /**
     * The 2027 manifest. Desired days move by up to a week with the seed; the first Progress is confirmed (pinned on
     * 31/6 on its desired day). Assumed: 31/6 out for three weeks of summer maintenance, 81/24 for March, 200/39 back
     * from dormancy on 1 June, 45/1 commissioning until March; a hypothetical Proton suspension from 15 September to
     * 15 October; range separation of 2 days (one tracking network).
     */
    public static ScheduleProblem baikonur2027(long seed) {
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        DateRange horizon = new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
        List<Pad> pads = List.of(
                new Pad("31/6", List.of(SOYUZ_21A.id(), SOYUZ_21B.id()),
                        List.of(new DateRange(LocalDate.of(2027, 7, 19), LocalDate.of(2027, 8, 8)))),
                new Pad("81/24", List.of(PROTON_M.id()),
                        List.of(new DateRange(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31)))),
                new Pad("200/39", List.of(PROTON_M.id()),
                        List.of(new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 5, 31)))),
                new Pad("45/1", List.of(SOYUZ_5.id()),
                        List.of(new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 28)))));
        List<DropZone> zones = baseZones(2027, 2027, rng, 1);
        List<Request> requests = manifest2027(rng, horizon);
        return new ScheduleProblem(horizon, 2, List.of(SOYUZ_21A, SOYUZ_21B, PROTON_M, SOYUZ_5), pads, zones,
                corridors(false), List.of(new Cap("TOXIC", 8)),
                List.of(new Suspension("Proton", LocalDate.of(2027, 9, 15), LocalDate.of(2027, 10, 15))), requests);
    }

    /** Yearly limits of the 2027 zones (assumed; zone 120's fee covers three launches a year, one more is bought). */
    private static List<DropZone> baseZones(int firstYear, int lastYear, RandomGenerator rng, int jitter) {
        return List.of(zone(ULYTAU, 14, firstYear, lastYear, jitter, rng),
                zone(UST_KAN, 10, firstYear, lastYear, jitter, rng),
                zone(ALTAI_327, 6, firstYear, lastYear, jitter, rng),
                zone(KARAGANDA_NE, 8, firstYear, lastYear, jitter, rng),
                zone(TOMSK, 4, firstYear, lastYear, jitter, rng),
                zone(KOSTANAY_120, 4, firstYear, lastYear, jitter, rng),
                zone(SEVEROURALSK, 4, firstYear, lastYear, jitter, rng));
    }

    private static List<Request> manifest2027(RandomGenerator rng, DateRange horizon) {
        List<Request> requests = new ArrayList<>();
        for (Demand d : MANIFEST_2027) {
            boolean pinned = d.id().equals("Progress MS-35");
            LocalDate desired = d.desired().atYear(2027).plusDays(pinned ? 0 : rng.nextInt(-7, 8));
            requests.add(request(d.id(), d.tenant(), d.vehicle(), d.inclination(), desired, d.halfWindow(),
                    d.priority(), pinned ? new Placement("31/6", desired) : null, horizon));
        }
        return requests;
    }

    private static Request request(String id, String tenant, Vehicle v, double inclination, LocalDate desired,
            int halfWindow, int priority, Placement pinned, DateRange horizon) {
        LocalDate earliest = max(horizon.start(), desired.minusDays(halfWindow));
        LocalDate latest = min(horizon.end(), desired.plusDays(halfWindow));
        LocalDate d = min(latest, max(earliest, desired));
        return new Request(id, tenant, v.id(), inclination, earliest, latest, d, priority, pinned, null, null);
    }

    // --- (b) ten years of growth ------------------------------------------------------------------------------------

    static final Vehicle VIKRAM_1 = new Vehicle("Vikram-1", "Vikram", "SOLID", 10);
    static final Vehicle NEBULA_1 = new Vehicle("Nebula-1", "Nebula", "KEROSENE", 7);
    static final Vehicle SL1 = new Vehicle("SL1", "HyImpulse SL", "HYBRID", 7);

    /**
     * 2027-2036. The first year is {@link #baikonur2027} with the same seed; each later year {@code y} has
     * {@code round(21 * 1.175^(y - 2027))} requests: six ISS-type station flights (priority 1; crew and cargo to
     * 51.6 continue after the ISS), Proton-M until 2030 (8, 6, 4 requests), and the rest national (20 %, priority 2,
     * Soyuz-2.1b or Soyuz-5) or commercial (priority 3, any vehicle flying that year, mostly the light launchers). Start-up pads open in the
     * planned special economic zone: SEZ-1 (Vikram-1) in 2029, SEZ-2 (Nebula-1) in July 2030, SEZ-3 (HyImpulse SL1)
     * in April 2031; the Proton pads retire at the end of 2030. Pad maintenance, closures and two hypothetical
     * suspensions (Soyuz-5 in spring 2032, Nebula in summer 2033) recur with seeded shifts.
     */
    public static ScheduleProblem decade(long seed) {
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        int first = 2027;
        int last = 2036;
        DateRange horizon = new DateRange(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
        ScheduleProblem base = baikonur2027(seed);

        List<DateRange> o316 = new ArrayList<>(base.pads().get(0).outages());
        List<DateRange> o8124 = new ArrayList<>(base.pads().get(1).outages());
        List<DateRange> o20039 = new ArrayList<>(base.pads().get(2).outages());
        List<DateRange> o451 = new ArrayList<>(base.pads().get(3).outages());
        for (int y = first + 1; y <= last; y++) {
            o316.add(span(LocalDate.of(y, 7, 10).plusDays(rng.nextInt(0, 21)), 21));
            o451.add(span(LocalDate.of(y, 6, 1).plusDays(rng.nextInt(0, 60)), 14));
            if (y <= 2030) {
                o8124.add(span(LocalDate.of(y, 2, 1).plusDays(rng.nextInt(0, 60)), 30));
            }
        }
        o8124.add(new DateRange(LocalDate.of(2031, 1, 1), horizon.end()));
        o20039.add(new DateRange(LocalDate.of(2031, 1, 1), horizon.end()));
        List<Pad> pads = List.of(new Pad("31/6", List.of(SOYUZ_21A.id(), SOYUZ_21B.id()), o316),
                new Pad("81/24", List.of(PROTON_M.id()), o8124),
                new Pad("200/39", List.of(PROTON_M.id()), o20039),
                new Pad("45/1", List.of(SOYUZ_5.id()), o451),
                new Pad("SEZ-1", List.of(VIKRAM_1.id()), opensOn(horizon, LocalDate.of(2029, 1, 1))),
                new Pad("SEZ-2", List.of(NEBULA_1.id()), opensOn(horizon, LocalDate.of(2030, 7, 1))),
                new Pad("SEZ-3", List.of(SL1.id()), opensOn(horizon, LocalDate.of(2031, 4, 1))));
        List<DropZone> zones = List.of(zone(ULYTAU, 24, first, last, 3, rng), zone(UST_KAN, 14, first, last, 3, rng),
                zone(ALTAI_327, 6, first, last, 3, rng), zone(KARAGANDA_NE, 8, first, last, 3, rng),
                zone(TOMSK, 4, first, last, 3, rng), zone(KOSTANAY_120, 10, first, last, 3, rng),
                zone(SEVEROURALSK, 10, first, last, 3, rng), zone(TORGAY_SEZ, 40, first, last, 3, rng));

        List<Request> requests = new ArrayList<>(base.requests());
        int progress = 39;
        int crew = 33;
        for (int y = first + 1; y <= last; y++) {
            int total = (int) Math.round(MANIFEST_2027.size() * Math.pow(1 + GROWTH, y - first));
            int[] stationDays = {35, 80, 130, 200, 260, 320};
            for (int i = 0; i < stationDays.length; i++) {
                boolean isCrew = i == 1 || i == 4;
                LocalDate desired = LocalDate.ofYearDay(y, stationDays[i] + rng.nextInt(-7, 8));
                requests.add(request(isCrew ? "Soyuz MS-" + crew++ : "Progress MS-" + progress++, "Roscosmos (station)",
                        SOYUZ_21A, 51.6, desired, isCrew ? 3 : rng.nextInt(4, 7), 1, null, horizon));
            }
            int protons = y == 2028 ? 8 : y == 2029 ? 6 : y == 2030 ? 4 : 0;
            for (int i = 0; i < protons; i++) {
                boolean national = i % 2 == 0;
                requests.add(request("Proton " + y + "-" + (i + 1), national ? "Roscosmos" : "ILS", PROTON_M,
                        i % 4 == 2 ? 64.8 : 51.5, dayOf(y, rng), rng.nextInt(15, 31), national ? 2 : 3, null, horizon));
            }
            int rest = total - stationDays.length - protons;
            for (int i = 0; i < rest; i++) {
                LocalDate desired = dayOf(y, rng);
                boolean national = rng.nextDouble() < 0.2;
                Vehicle v = national ? (rng.nextDouble() < 0.7 ? SOYUZ_21B : SOYUZ_5) : commercialVehicle(desired, rng);
                requests.add(request(v.id() + " " + y + "-" + (i + 1), national ? "Roscosmos" : tenantOf(v, rng), v,
                        inclinationOf(v, rng), desired, national ? rng.nextInt(14, 31) : rng.nextInt(20, 46),
                        national ? 2 : 3, null, horizon));
            }
        }
        return new ScheduleProblem(horizon, 2, List.of(SOYUZ_21A, SOYUZ_21B, PROTON_M, SOYUZ_5, VIKRAM_1, NEBULA_1, SL1),
                pads, zones, corridors(true), List.of(new Cap("TOXIC", 8)),
                List.of(base.suspensions().get(0),
                        new Suspension("Soyuz-5", LocalDate.of(2032, 3, 1), LocalDate.of(2032, 4, 15)),
                        new Suspension("Nebula", LocalDate.of(2033, 6, 1), LocalDate.of(2033, 7, 31))),
                requests);
    }

    private static Vehicle commercialVehicle(LocalDate day, RandomGenerator rng) {
        List<Vehicle> flying = new ArrayList<>(List.of(SOYUZ_21B, SOYUZ_5));
        List<Double> weights = new ArrayList<>(List.of(0.5, 0.4));
        if (!day.isBefore(LocalDate.of(2029, 1, 1))) {
            flying.add(VIKRAM_1);
            weights.add(2.0);
        }
        if (!day.isBefore(LocalDate.of(2030, 7, 1))) {
            flying.add(NEBULA_1);
            weights.add(2.5);
        }
        if (!day.isBefore(LocalDate.of(2031, 4, 1))) {
            flying.add(SL1);
            weights.add(2.5);
        }
        return pick(flying, weights, rng);
    }

    private static String tenantOf(Vehicle v, RandomGenerator rng) {
        if (v == VIKRAM_1) {
            return "Skyroot Aerospace";
        }
        if (v == NEBULA_1) {
            return "Deep Blue Aerospace";
        }
        if (v == SL1) {
            return "HyImpulse";
        }
        List<String> tenants = List.of("GK Launch Services", "Baiterek JV", "KazCosmos", "Glavkosmos");
        return tenants.get(rng.nextInt(tenants.size()));
    }

    private static double inclinationOf(Vehicle v, RandomGenerator rng) {
        double u = rng.nextDouble();
        if (v == SOYUZ_21B) {
            return u < 0.7 ? 97.6 : 64.8;
        }
        if (v == SOYUZ_5) {
            return u < 0.6 ? 51.6 : u < 0.8 ? 97.6 : 64.8;
        }
        return u < 0.7 ? 70.0 : 97.6;
    }

    // --- (c) 5,000 requests -----------------------------------------------------------------------------------------

    /**
     * 5,000 requests, 500 a year from 2027 to 2036, over ten pads: the four of {@link #baikonur2027} and six light-
     * launcher pads (SEZ-1 to SEZ-6, two of them shared by two vehicles), all open from the start. Hypothetical: light
     * launchers turn a pad around in 4-5 days, the range runs simultaneous operations (range separation 0), and drop
     * zones take 10-25 times today's launches. Demand: 6 station flights, 14 Soyuz-2.1b, 10 Proton-M (cap 8),
     * 8 Soyuz-5 and 462 light launches a year; windows of 5 to 20 days either side.
     */
    public static ScheduleProblem scale(long seed) {
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        int first = 2027;
        int last = 2036;
        DateRange horizon = new DateRange(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
        Vehicle vikram = new Vehicle("Vikram-1", "Vikram", "SOLID", 5);
        Vehicle nebula = new Vehicle("Nebula-1", "Nebula", "KEROSENE", 4);
        Vehicle sl1 = new Vehicle("SL1", "HyImpulse SL", "HYBRID", 4);
        String[][] padVehicles = {{"31/6", SOYUZ_21A.id(), SOYUZ_21B.id()}, {"81/24", PROTON_M.id()},
                {"200/39", PROTON_M.id()}, {"45/1", SOYUZ_5.id()}, {"SEZ-1", vikram.id()}, {"SEZ-2", nebula.id()},
                {"SEZ-3", sl1.id()}, {"SEZ-4", nebula.id()}, {"SEZ-5", vikram.id(), sl1.id()},
                {"SEZ-6", nebula.id(), sl1.id()}};
        List<Pad> pads = new ArrayList<>();
        for (String[] pv : padVehicles) {
            List<DateRange> outages = new ArrayList<>();
            for (int y = first; y <= last; y++) {
                outages.add(span(LocalDate.ofYearDay(y, rng.nextInt(1, 350)), rng.nextInt(7, 15)));
            }
            pads.add(new Pad(pv[0], List.of(pv).subList(1, pv.length), outages));
        }
        List<DropZone> zones = List.of(zone(ULYTAU, 30, first, last, 3, rng), zone(UST_KAN, 20, first, last, 3, rng),
                zone(ALTAI_327, 10, first, last, 3, rng), zone(KARAGANDA_NE, 20, first, last, 3, rng),
                zone(TOMSK, 10, first, last, 3, rng), zone(KOSTANAY_120, 150, first, last, 3, rng),
                zone(SEVEROURALSK, 150, first, last, 3, rng), zone(TORGAY_SEZ, 330, first, last, 3, rng));

        List<Request> requests = new ArrayList<>();
        int n = 0;
        List<Vehicle> light = List.of(vikram, nebula, sl1);
        List<Double> lightWeights = List.of(2.0, 3.0, 3.0);
        for (int y = first; y <= last; y++) {
            List<Vehicle> demand = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                demand.add(SOYUZ_21A);
            }
            for (int i = 0; i < 14; i++) {
                demand.add(SOYUZ_21B);
            }
            for (int i = 0; i < 10; i++) {
                demand.add(PROTON_M);
            }
            for (int i = 0; i < 8; i++) {
                demand.add(SOYUZ_5);
            }
            while (demand.size() < 500) {
                demand.add(pick(light, lightWeights, rng));
            }
            for (Vehicle v : demand) {
                int priority = v == SOYUZ_21A ? 1 : rng.nextDouble() < 0.2 ? 2 : 3;
                double inclination = v == SOYUZ_21A ? 51.6 : v == PROTON_M ? (rng.nextDouble() < 0.8 ? 51.5 : 64.8)
                        : inclinationOf(v == SOYUZ_21B || v == SOYUZ_5 ? v : VIKRAM_1, rng);
                requests.add(request(String.format("S%04d", ++n), v == SOYUZ_21A ? "Roscosmos (station)"
                        : tenantOf(v == vikram ? VIKRAM_1 : v == nebula ? NEBULA_1 : v == sl1 ? SL1 : v, rng),
                        v, inclination, dayOf(y, rng), rng.nextInt(5, 21), priority, null, horizon));
            }
        }
        return new ScheduleProblem(horizon, 0,
                List.of(SOYUZ_21A, SOYUZ_21B, PROTON_M, SOYUZ_5, vikram, nebula, sl1), pads, zones, corridors(true),
                List.of(new Cap("TOXIC", 8)),
                List.of(new Suspension("Proton", LocalDate.of(2029, 9, 15), LocalDate.of(2029, 10, 15)),
                        new Suspension("Nebula", LocalDate.of(2033, 6, 1), LocalDate.of(2033, 7, 31))),
                requests);
    }

    // --- small pieces -----------------------------------------------------------------------------------------------

    private static <T> T pick(List<T> items, List<Double> weights, RandomGenerator rng) {
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        double u = rng.nextDouble() * total;
        for (int i = 0; i < items.size(); i++) {
            u -= weights.get(i);
            if (u < 0) {
                return items.get(i);
            }
        }
        return items.get(items.size() - 1);
    }

    private static LocalDate dayOf(int year, RandomGenerator rng) {
        return LocalDate.ofYearDay(year, rng.nextInt(1, LocalDate.of(year, 1, 1).lengthOfYear() + 1));
    }

    private static DateRange span(LocalDate from, int days) {
        return new DateRange(from, from.plusDays(days - 1));
    }

    private static List<DateRange> opensOn(DateRange horizon, LocalDate opening) {
        return List.of(new DateRange(horizon.start(), opening.minusDays(1)));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}

package org.cosmodrome.planning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Baikonur-like manifests for tests and measurements: pads of 81/24, 200/39, 31/6 and 45/1 (and more when asked),
 * Proton-M under the toxic-propellant cap of 8 a year, Soyuz-2 and Soyuz-5, three corridors with drop zones that close
 * and have yearly limits, a Proton suspension, and requests growing by a rate a year. Seeded: the same arguments give
 * the same problem.
 * <p>
 * {@code java -cp ... org.cosmodrome.planning.GeneratedManifests out.json years firstYearRequests growth pads seed}
 * writes one.
 */
public final class GeneratedManifests {

    private GeneratedManifests() {
    }

    public static void main(String[] args) throws IOException {
        ScheduleProblem problem = generate(Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                Double.parseDouble(args[3]), Integer.parseInt(args[4]), Long.parseLong(args[5]));
        Files.writeString(Path.of(args[0]), ScheduleFormat.write(problem));
        System.out.println(problem.requests().size() + " requests written to " + args[0]);
    }

    /**
     * @param growth yearly growth of the number of requests, e.g. 0.175
     * @param padCount 4 for the Baikonur pads, more adds Soyuz and Soyuz-5 pads
     */
    public static ScheduleProblem generate(int years, int firstYearRequests, double growth, int padCount,
            long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate start = LocalDate.of(2027, 1, 1);
        LocalDate end = start.plusYears(years).minusDays(1);
        List<ScheduleProblem.Vehicle> vehicles = List.of(
                new ScheduleProblem.Vehicle("Proton-M", "Proton", "TOXIC", 30),
                new ScheduleProblem.Vehicle("Soyuz-2.1a", "Soyuz", "KEROLOX", 14),
                new ScheduleProblem.Vehicle("Soyuz-2.1b", "Soyuz", "KEROLOX", 14),
                new ScheduleProblem.Vehicle("Soyuz-5", "Soyuz-5", "KEROLOX", 21));
        List<ScheduleProblem.Pad> pads = new ArrayList<>();
        pads.add(new ScheduleProblem.Pad("81/24", List.of("Proton-M"),
                List.of(new DateRange(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31)))));
        pads.add(new ScheduleProblem.Pad("200/39", List.of("Proton-M"), List.of()));
        pads.add(new ScheduleProblem.Pad("31/6", List.of("Soyuz-2.1a", "Soyuz-2.1b"),
                List.of(new DateRange(LocalDate.of(2028, 6, 1), LocalDate.of(2028, 8, 15)))));
        pads.add(new ScheduleProblem.Pad("45/1", List.of("Soyuz-5"), List.of()));
        for (int i = pads.size(); i < padCount; i++) {
            List<String> supported = i % 2 == 0 ? List.of("Soyuz-2.1a", "Soyuz-2.1b") : List.of("Soyuz-5");
            pads.add(new ScheduleProblem.Pad("P" + (i + 1), supported, List.of()));
        }
        List<ScheduleProblem.DropZone> zones = new ArrayList<>();
        List<DateRange> closures327 = new ArrayList<>();
        List<DateRange> closures306 = new ArrayList<>();
        for (int year = 0; year < years; year++) {
            closures327.add(new DateRange(LocalDate.of(2027 + year, 4, 1), LocalDate.of(2027 + year, 4, 30)));
            closures306.add(new DateRange(LocalDate.of(2027 + year, 1, 15), LocalDate.of(2027 + year, 2, 10)));
        }
        zones.add(new ScheduleProblem.DropZone("327", 12, closures327));
        zones.add(new ScheduleProblem.DropZone("306", 20, closures306));
        zones.add(new ScheduleProblem.DropZone("310", null,
                List.of(new DateRange(LocalDate.of(2029, 9, 1), LocalDate.of(2029, 9, 30)))));
        List<ScheduleProblem.Corridor> corridors = List.of(
                new ScheduleProblem.Corridor(51.6, List.of("ULYTAU", "327")),
                new ScheduleProblem.Corridor(51.5, List.of("306")),
                new ScheduleProblem.Corridor(64.9, List.of("310")));
        List<ScheduleProblem.Cap> caps = List.of(new ScheduleProblem.Cap("TOXIC", 8));
        List<ScheduleProblem.Suspension> suspensions = List.of(
                new ScheduleProblem.Suspension("Proton", LocalDate.of(2028, 7, 1), LocalDate.of(2028, 9, 30)));
        String[] tenants = {"Roscosmos", "Glavkosmos", "KazCosmos", "OneWeb", "Gazprom SS"};
        double[] inclinations = {51.6, 51.5, 64.9};
        List<ScheduleProblem.Request> requests = new ArrayList<>();
        double perYear = firstYearRequests;
        int number = 1;
        for (int year = 0; year < years; year++) {
            int count = (int) Math.round(perYear);
            perYear *= 1 + growth;
            LocalDate yearStart = start.plusYears(year);
            for (int i = 0; i < count; i++) {
                double pick = random.nextDouble();
                String vehicle = pick < 0.3 ? "Proton-M" : pick < 0.65 ? "Soyuz-2.1a" : pick < 0.85 ? "Soyuz-2.1b"
                        : "Soyuz-5";
                LocalDate desired = yearStart.plusDays(random.nextInt(365));
                LocalDate earliest = max(start, desired.minusDays(10 + random.nextInt(60)));
                LocalDate latest = min(end, desired.plusDays(20 + random.nextInt(120)));
                requests.add(new ScheduleProblem.Request("R" + number++, tenants[random.nextInt(tenants.length)],
                        vehicle, inclinations[random.nextInt(inclinations.length)], earliest, latest, desired,
                        1 + random.nextInt(5), null, null, null));
            }
        }
        return new ScheduleProblem(new DateRange(start, end), 1, vehicles, pads, zones, corridors, caps,
                suspensions, requests);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}

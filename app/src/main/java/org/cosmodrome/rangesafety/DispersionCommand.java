package org.cosmodrome.rangesafety;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cosmodrome.physics.geodesy.GeodeticPoint;
import org.cosmodrome.physics.trajectory.InclinationNotReachable;
import org.cosmodrome.rangesafety.maps.FootprintMap;
import org.cosmodrome.rangesafety.maps.GeoJson;
import org.cosmodrome.rangesafety.maps.Kml;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code dispersion --vehicle Soyuz-2.1a --pad 31/6 --inclination 51.6 --samples 10000 --seed 1 [--threads N]
 * [--format geojson|kml|json]}: the range-safety analysis of a vehicle's flight from a pad to an inclination over the
 * data set's corridors, drop zones and population, without Spring or a database. GeoJSON (the default) is a
 * FeatureCollection with one Point per sampled impact (property {@code stage}), each stage's 1/2/3σ ellipses and mean
 * impact, the nominal ground track and the corridor's drop zones; {@code json} is the analysis result as the API gives
 * it. Progress goes to standard error. Exit codes: 0 go, 1 no-go, 2 bad input (the message names the option).
 */
public final class DispersionCommand {

    public static final int GO = 0;
    public static final int NO_GO = 1;
    public static final int BAD_INPUT = 2;

    static final String USAGE = "usage: dispersion --vehicle NAME --pad PAD --inclination DEG [--samples N] [--seed N]"
            + " [--threads N] [--format geojson|kml|json]";

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private DispersionCommand() {
    }

    /** A pad of the data set's pads.json, as much as the command needs. */
    record PadRecord(String id, String designation, double latitude, double longitude, List<String> supportedVehicles) {
    }

    /** Runs the command; returns its exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> known = List.of("--vehicle", "--pad", "--inclination", "--samples", "--seed", "--threads",
                "--format");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                out.println(USAGE);
                return GO;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!known.contains(name)) {
                return bad(err, name + " is not an option");
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return bad(err, name + " needs a value");
            }
            options.put(name, value);
        }
        for (String required : List.of("--vehicle", "--pad", "--inclination")) {
            if (!options.containsKey(required)) {
                return bad(err, required + " is required");
            }
        }
        String format = options.getOrDefault("--format", "geojson").toLowerCase(Locale.ROOT);
        if (!List.of("geojson", "kml", "json").contains(format)) {
            return bad(err, "--format must be geojson, kml or json, was '" + format + "'");
        }
        double inclination;
        int samples;
        long seed;
        int threads;
        try {
            inclination = number(options.get("--inclination"), "--inclination");
            samples = (int) Math.round(number(options.getOrDefault("--samples", "10000"), "--samples"));
            seed = Long.parseLong(options.getOrDefault("--seed", "1").strip());
            threads = (int) Math.round(number(options.getOrDefault("--threads",
                    Integer.toString(Runtime.getRuntime().availableProcessors())), "--threads"));
        } catch (NumberFormatException e) {
            return bad(err, e.getMessage());
        }
        if (samples < RangeSafetySettings.MIN_SAMPLES || samples > 1_000_000) {
            return bad(err, "--samples must be from " + RangeSafetySettings.MIN_SAMPLES + " to 1000000");
        }
        if (threads < 1) {
            return bad(err, "--threads must be at least 1");
        }
        String vehicle = vehicleId(options.get("--vehicle"));
        PhysicsTrajectories trajectories = new PhysicsTrajectories();
        if (!trajectories.covers(vehicle)) {
            return bad(err, "--vehicle: no trajectory model for '" + options.get("--vehicle") + "'");
        }
        Optional<PadRecord> pad = pads().stream().filter(p -> p.designation().equalsIgnoreCase(options.get("--pad"))
                || p.id().equalsIgnoreCase(options.get("--pad"))).findFirst();
        if (pad.isEmpty()) {
            return bad(err, "--pad: no pad '" + options.get("--pad") + "' in the data set");
        }
        if (!pad.get().supportedVehicles().contains(vehicle)) {
            return bad(err, "--pad: pad " + pad.get().designation() + " does not support " + vehicle);
        }
        RangeSafetyDataSet.DropZonesFile geography = geography();
        Optional<RangeSafetyDataSet.CorridorRecord> corridor = geography.corridors().stream()
                .filter(c -> c.vehicle().equals(vehicle)
                        && Math.abs(c.inclinationDeg() - inclination) <= RangeGeography.INCLINATION_TOLERANCE_DEG)
                .findFirst();
        if (corridor.isEmpty()) {
            return bad(err, "--inclination: no corridor of " + vehicle + " within "
                    + RangeGeography.INCLINATION_TOLERANCE_DEG + "° of " + inclination + "°");
        }
        Map<String, DropZone> zonesById = new LinkedHashMap<>();
        geography.zones().forEach(z -> zonesById.put(z.id(), z.toZone()));
        Map<String, FootprintAssessment.StageZone> stageZones = new LinkedHashMap<>();
        List<DropZone> corridorZones = new ArrayList<>();
        for (RangeSafetyDataSet.StageRecord stage : corridor.get().stages()) {
            if (stage.dropZone() == null) {
                stageZones.put(stage.stage(), FootprintAssessment.StageZone.NONE_NEEDED);
            } else {
                DropZone zone = zonesById.get(stage.dropZone());
                stageZones.put(stage.stage(), new FootprintAssessment.StageZone(zone.id().value(),
                        RangeSafetyAnalysis.polygon(zone)));
                if (!corridorZones.contains(zone)) {
                    corridorZones.add(zone);
                }
            }
        }
        TrajectoryModel.Flight flight;
        try {
            flight = trajectories.fly(vehicle, corridor.get().mission(),
                    GeodeticPoint.ofDegrees(pad.get().latitude(), pad.get().longitude(),
                    TrajectoryModel.PAD_HEIGHT_M), inclination);
        } catch (InclinationNotReachable e) {
            return bad(err, "--inclination: " + e.getMessage());
        }
        long started = System.nanoTime();
        int[] lastPercent = {-1};
        Assessment assessment;
        try {
            assessment = new FootprintAssessment(HazardModel.baikonur()).assess(vehicle, flight.separations(),
                    stageZones, samples, seed, threads, (done, total) -> {
                        int percent = (int) (100 * done / total);
                        synchronized (lastPercent) {
                            if (percent >= lastPercent[0] + 10) {
                                lastPercent[0] = percent;
                                err.printf(Locale.ROOT, "dispersion: %d%% (%d of %d falls)%n", percent, done, total);
                            }
                        }
                    });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NO_GO;
        }
        AnalysisResult result = AnalysisResult.of(assessment, flight.track(), Integer.MAX_VALUE);
        err.printf(Locale.ROOT, "dispersion: %s, %d stages x %d samples in %.2f s on %d threads; Ec %.2e%n",
                result.verdict(), result.stages().size(), samples, (System.nanoTime() - started) / 1e9, threads,
                result.casualtyExpectation().estimate());
        String title = vehicle + " from " + pad.get().designation() + " to " + inclination + "°";
        switch (format) {
            case "kml" -> out.println(Kml.document(title, FootprintMap.features(title, result, corridorZones)));
            case "json" -> out.println(JSON.writeValueAsString(result));
            default -> out.println(JSON.writeValueAsString(
                    GeoJson.featureCollection(FootprintMap.features(title, result, corridorZones))));
        }
        return result.verdict() == Verdict.GO ? GO : NO_GO;
    }

    /** Soyuz-2.1a, soyuz-2.1a and soyuz-2-1a all name the vehicle {@code soyuz-2-1a}. */
    static String vehicleId(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace('.', '-').replace(' ', '-');
    }

    private static double number(String value, String option) {
        try {
            double v = Double.parseDouble(value.strip());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new NumberFormatException(option + " must be a number, was '" + value + "'");
        }
    }

    private static List<PadRecord> pads() {
        return List.of(JSON.readValue(resource("/baikonur/pads.json"), PadRecord[].class));
    }

    private static RangeSafetyDataSet.DropZonesFile geography() {
        return JSON.readValue(resource("/baikonur/drop-zones.json"), RangeSafetyDataSet.DropZonesFile.class);
    }

    private static String resource(String path) {
        try (InputStream in = DispersionCommand.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int bad(PrintStream err, String message) {
        err.println("dispersion: " + message);
        err.println(USAGE);
        return BAD_INPUT;
    }
}

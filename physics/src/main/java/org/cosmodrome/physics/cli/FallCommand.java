package org.cosmodrome.physics.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.cosmodrome.physics.geodesy.GeodeticPoint;
import org.cosmodrome.physics.geodesy.Vector3;
import org.cosmodrome.physics.trajectory.BallisticFall;
import org.cosmodrome.physics.trajectory.Impact;
import org.cosmodrome.physics.trajectory.NoImpact;

/**
 * {@code fall --lat DEG --lon DEG --alt-m M --east-mps V --north-mps V --up-mps V --beta-kg-m2 B}: the impact of one
 * unpowered body, printed as one JSON object with {@code latitude} and {@code longitude} in degrees, {@code timeOfFlightS}
 * in seconds and the impact velocity. Position geodetic on WGS-84 (altitude above the ellipsoid), velocity relative to
 * the rotating Earth in the local east-north-up frame, ballistic coefficient m/(C_D·A) in kg/m², US Standard Atmosphere
 * 1976, no wind, ground = the ellipsoid. Exit codes: 0 printed, 1 the body does not come down, 2 bad usage (the message
 * names the option).
 */
public final class FallCommand {

    public static final int OK = 0;
    public static final int NO_IMPACT = 1;
    public static final int BAD_INPUT = 2;

    static final String USAGE = "usage: fall --lat DEG --lon DEG --alt-m M --east-mps V --north-mps V --up-mps V "
            + "--beta-kg-m2 B";
    private static final String[] OPTIONS = {"--lat", "--lon", "--alt-m", "--east-mps", "--north-mps", "--up-mps",
        "--beta-kg-m2"};

    private FallCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns its exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                out.println(USAGE);
                return OK;
            }
            String name = arg;
            String value;
            if (arg.contains("=")) {
                name = arg.substring(0, arg.indexOf('='));
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return bad(err, arg + (arg.startsWith("--") ? " needs a value" : " is not an option"));
            }
            if (!java.util.Arrays.asList(OPTIONS).contains(name)) {
                return bad(err, name + " is not an option");
            }
            try {
                double v = Double.parseDouble(value);
                if (!Double.isFinite(v)) {
                    throw new NumberFormatException();
                }
                values.put(name, v);
            } catch (NumberFormatException e) {
                return bad(err, name + " must be a number, was '" + value + "'");
            }
        }
        for (String option : OPTIONS) {
            if (!values.containsKey(option)) {
                return bad(err, option + " is required");
            }
        }
        double lat = values.get("--lat");
        double lon = values.get("--lon");
        double alt = values.get("--alt-m");
        double beta = values.get("--beta-kg-m2");
        if (Math.abs(lat) > 90) {
            return bad(err, "--lat must be within [-90, 90] degrees, was " + lat);
        }
        if (Math.abs(lon) > 360) {
            return bad(err, "--lon must be within [-360, 360] degrees, was " + lon);
        }
        if (alt < 0 || alt > 2_000_000) {
            return bad(err, "--alt-m must be within [0, 2000000] metres above the ellipsoid, was " + alt);
        }
        if (!(beta > 0)) {
            return bad(err, "--beta-kg-m2 must be positive, was " + beta);
        }
        try {
            Impact impact = BallisticFall.standard().fall(GeodeticPoint.ofDegrees(lat, lon, alt),
                    new Vector3(values.get("--east-mps"), values.get("--north-mps"), values.get("--up-mps")), beta);
            out.println(String.format(Locale.ROOT,
                    "{\"latitude\":%.6f,\"longitude\":%.6f,\"timeOfFlightS\":%.2f,"
                            + "\"impactVelocityMps\":{\"east\":%.2f,\"north\":%.2f,\"up\":%.2f},\"steps\":%d}",
                    impact.point().latitudeDegrees(), impact.point().longitudeDegrees(), impact.timeOfFlight(),
                    impact.velocityEnu().x(), impact.velocityEnu().y(), impact.velocityEnu().z(), impact.steps()));
            return OK;
        } catch (NoImpact e) {
            err.println("fall: " + e.getMessage());
            return NO_IMPACT;
        }
    }

    private static int bad(PrintStream err, String message) {
        err.println("fall: " + message);
        err.println(USAGE);
        return BAD_INPUT;
    }
}

package org.cosmodrome.physics.trajectory;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.cosmodrome.physics.atmosphere.StandardAtmosphere1976;
import org.cosmodrome.physics.geodesy.GeodeticPoint;
import org.cosmodrome.physics.geodesy.Vector3;
import org.cosmodrome.physics.geodesy.Wgs84;
import org.cosmodrome.physics.gravity.EarthGravity;
import org.cosmodrome.physics.integration.DormandPrince54;
import org.cosmodrome.physics.vehicles.VehicleProfile;
import org.cosmodrome.physics.vehicles.VehicleProfile.Aerodynamics;
import org.cosmodrome.physics.vehicles.VehicleProfile.Guidance;
import org.cosmodrome.physics.vehicles.VehicleProfile.Jettison;
import org.cosmodrome.physics.vehicles.VehicleProfile.Mission;
import org.cosmodrome.physics.vehicles.VehicleProfile.PitchPoint;
import org.cosmodrome.physics.vehicles.VehicleProfile.Stage;
import org.cosmodrome.physics.vehicles.VehicleProfile.YawPoint;

/**
 * The powered flight of a launch vehicle from its pad to the end of its last modelled burn: a point mass (three
 * degrees of freedom) in the rotating Earth-fixed frame (ECEF, {@link Wgs84}) under the same forces as
 * {@link BallisticFall} — J2 gravity ({@link EarthGravity}), Coriolis and centrifugal accelerations, drag
 * {@code ½ρ|v|v·C_D·A} against air co-rotating with the Earth (US Standard Atmosphere 1976, no wind) — plus thrust.
 * docs/range-safety.md gives the equations, the frames and the calibration.
 * <p>
 * <b>Propulsion.</b> The vehicle carries the payload of one of its profile's missions (the standard one unless
 * {@link #onMission} says otherwise). Each stage of the {@link VehicleProfile} burns at a constant mass flow from its
 * ignition to its cut-off (or until its propellant runs out), with thrust {@code F_vac − p·A_e} at the ambient
 * pressure p (zero above 86 km, where the standard atmosphere tabulates density only). Stages that burn together (the
 * Soyuz boosters and core, the Proton's hot staging) simply add. Mass is exact: it drops linearly during burns and by
 * the spent body's mass at each separation or jettison.
 * <p>
 * <b>Guidance.</b> Thrust points along the local vertical (the ellipsoid's normal) until
 * {@link Guidance#verticalRiseEnd()}; then tilts linearly by {@link Guidance#kick()} towards the launch azimuth until
 * {@link Guidance#pitchOverEnd()}; then follows the velocity relative to the Earth (a zero-lift gravity turn) until
 * {@link Guidance#gravityTurnEnd()}; then holds an elevation above the local horizontal interpolated linearly through
 * {@link Guidance#pitchProgram()}, starting from the flight-path angle at the end of the gravity turn, and the heading
 * of the relative velocity turned by the {@link Guidance#yawProgram()} (empty for most trajectories, whose ground track
 * then bends only by the Coriolis force; a dogleg for those that leave the pad off their orbit plane). The launch
 * azimuth is the one to fly relative to the rotating Earth ({@link LaunchAzimuth.Azimuth#relative()}), turned by the
 * guidance's {@link Guidance#azimuthOffset()}.
 * <p>
 * <b>Integration.</b> {@link DormandPrince54} with 1 mm (and 1 mm/s) absolute tolerance, restarted at every event —
 * ignition, burnout, separation, jettison, guidance phase or program point, drag configuration change — so that each
 * step sees smooth forces; steps also end on every sample time. Deterministic; instances are immutable and
 * thread-safe, each flight allocating its own integrator.
 * <p>
 * Validity: from the pad to low orbit (below about 1,000 km), with the guidance parameters the profile was calibrated
 * with; the model has no attitude dynamics, no engine dispersions, no throttling and no wind, and it does not steer
 * towards a target orbit (it flies its programs open loop).
 */
public final class PoweredAscent {

    /** Speed of a 200 km circular orbit, for which {@link #azimuth} computes the launch azimuth, m/s. */
    private static final double INJECTION_SPEED = LaunchAzimuth.circularSpeed(200_000);
    private static final double TOLERANCE = 1e-3;
    private static final double SAME_TIME = 1e-9;

    private final VehicleProfile vehicle;
    private final Mission mission;
    private final StandardAtmosphere1976 atmosphere = new StandardAtmosphere1976();
    private final double sampleInterval;

    /**
     * The ascent of a vehicle on its standard mission, sampled every second.
     *
     * @param vehicle the profile to fly
     */
    public PoweredAscent(VehicleProfile vehicle) {
        this(vehicle, vehicle.standardMission(), 1.0);
    }

    private PoweredAscent(VehicleProfile vehicle, Mission mission, double sampleInterval) {
        if (!(sampleInterval > 0)) {
            throw new IllegalArgumentException("the sample interval must be positive");
        }
        this.vehicle = vehicle;
        this.mission = mission;
        this.sampleInterval = sampleInterval;
    }

    /**
     * @param missionName one of the profile's {@link VehicleProfile#missions()}
     * @return this ascent carrying that mission's payload
     * @throws IllegalArgumentException when the profile has no such mission
     */
    public PoweredAscent onMission(String missionName) {
        return new PoweredAscent(vehicle, vehicle.mission(missionName), sampleInterval);
    }

    /**
     * @param seconds interval between the samples of {@link Ascent#samples()}, positive; also the longest
     *        integration step
     * @return this ascent with that sampling
     */
    public PoweredAscent withSampleInterval(double seconds) {
        return new PoweredAscent(vehicle, mission, seconds);
    }

    /** @return the profile flown */
    public VehicleProfile vehicle() {
        return vehicle;
    }

    /** @return the mission whose payload is carried */
    public Mission mission() {
        return mission;
    }

    /**
     * The azimuth to steer relative to the rotating Earth for a target inclination, from {@link LaunchAzimuth} with a
     * 200 km circular injection and the equatorial radius.
     *
     * @param pad the launch point (its latitude matters)
     * @param inclination radians, [0, π]
     * @param direction the northbound or southbound launch opportunity
     * @return radians clockwise from north, [0, 2π)
     * @throws InclinationNotReachable when the pad's latitude exceeds the inclination (or its supplement)
     */
    public static double azimuth(GeodeticPoint pad, double inclination, LaunchAzimuth.Direction direction) {
        return LaunchAzimuth.forInclination(pad.latitude(), inclination, direction, INJECTION_SPEED,
                EarthGravity.RE).relative();
    }

    /**
     * The nominal ascent towards a target inclination.
     *
     * @param pad the launch point, altitude above the ellipsoid in metres
     * @param inclination target orbit inclination, radians
     * @param direction the northbound or southbound launch opportunity
     * @return the trajectory, the separations and the final state
     * @throws InclinationNotReachable when the pad cannot launch directly into that inclination
     */
    public Ascent fly(GeodeticPoint pad, double inclination, LaunchAzimuth.Direction direction) {
        return fly(pad, azimuth(pad, inclination, direction));
    }

    /**
     * The nominal ascent along a launch azimuth.
     *
     * @param pad the launch point, altitude above the ellipsoid in metres
     * @param relativeAzimuth azimuth of the kick relative to the rotating Earth, radians clockwise from north
     * @return the trajectory, the separations and the final state
     * @throws IllegalArgumentException when the vehicle's thrust at lift-off does not exceed its weight
     */
    public Ascent fly(GeodeticPoint pad, double relativeAzimuth) {
        Flight flight = new Flight(pad, relativeAzimuth, vehicle.endOfAscent());
        flight.run();
        return new Ascent(vehicle.id(), mission.name(), flight.samples, flight.separations, flight.time,
                new Vector3(flight.y[0], flight.y[1], flight.y[2]), new Vector3(flight.y[3], flight.y[4], flight.y[5]),
                massAt(flight.time), flight.integrator.evaluations());
    }

    /**
     * The fall of the whole vehicle after every engine stops at {@code time} of a nominal ascent: no further
     * separations, a ballistic coefficient {@code m/(C_D·A)} from its mass and drag configuration at that time.
     * The real vehicle may break up, tumble or veer before it stops thrusting; this is the intact-body case.
     *
     * @param pad the launch point, altitude above the ellipsoid in metres
     * @param relativeAzimuth as in {@link #fly(GeodeticPoint, double)}
     * @param time of the thrust loss, seconds after lift-off, in (0, end of ascent)
     * @param fall the fall model (ground altitude, tolerance, wind)
     * @return the state at the loss, the propellant aboard and the impact
     * @throws IllegalArgumentException when the time is not within the ascent
     * @throws NoImpact when the vehicle is already in orbit
     */
    public ThrustLoss thrustLoss(GeodeticPoint pad, double relativeAzimuth, double time, BallisticFall fall) {
        if (!(time > 0 && time < vehicle.endOfAscent())) {
            throw new IllegalArgumentException("the thrust loss must happen during the ascent, (0, "
                    + vehicle.endOfAscent() + ") s, was " + time);
        }
        Flight flight = new Flight(pad, relativeAzimuth, time);
        flight.run();
        double mass = massAt(time);
        Aerodynamics aero = vehicle.aerodynamicsAt(time);
        double beta = mass / (aero.dragCoefficient() * aero.referenceArea());
        Impact impact = fall.fall(flight.y.clone(), beta);
        return new ThrustLoss(time, new Vector3(flight.y[0], flight.y[1], flight.y[2]),
                new Vector3(flight.y[3], flight.y[4], flight.y[5]), mass, propellantAt(time), beta, impact);
    }

    /** Mass of the vehicle just after the events at {@code t}, kg. */
    private double massAt(double t) {
        double m = mission.payload().mass();
        for (Stage s : vehicle.stages()) {
            if (attached(s, t)) {
                m += s.pieces() * (s.dryMass() + s.propellantMass() - s.burned(t));
            }
        }
        for (Jettison j : vehicle.jettisons()) {
            if (j.time() > t) {
                m += j.pieces() * j.mass();
            }
        }
        return m;
    }

    /** Propellant aboard just after the events at {@code t}, kg, the payload's included. */
    private double propellantAt(double t) {
        double p = mission.payload().propellantMass();
        for (Stage s : vehicle.stages()) {
            if (attached(s, t)) {
                p += s.pieces() * (s.propellantMass() - s.burned(t));
            }
        }
        return p;
    }

    private static boolean attached(Stage s, double t) {
        return !s.separates() || t < s.separation();
    }

    private enum Phase { VERTICAL, PITCH_OVER, GRAVITY_TURN, PROGRAM }

    /** One flight: the mutable state of an integration from lift-off to {@code end}. */
    private final class Flight {

        private final double azimuth;
        private final double end;
        private final Guidance guidance;
        private final double[] y = new double[6];
        private final DormandPrince54 integrator;
        private final List<Ascent.Sample> samples = new ArrayList<>();
        private final List<StageSeparation> separations = new ArrayList<>();
        private final double[] direction = new double[3];
        private double time;

        // configuration of the current segment between two events
        private Phase phase;
        private double segmentStart;
        private double segmentMass;
        private double segmentFlow;
        private double dragArea;
        private final List<Stage> burning = new ArrayList<>();
        private double[] programTimes;
        private double[] programPitches;
        private double[] yawTimes;
        private double[] yaws;

        Flight(GeodeticPoint pad, double azimuth, double end) {
            this.azimuth = azimuth;
            this.end = end;
            this.guidance = vehicle.guidance();
            Vector3 r = Wgs84.toEcef(pad);
            y[0] = r.x();
            y[1] = r.y();
            y[2] = r.z();
            double[] tol = {TOLERANCE, TOLERANCE, TOLERANCE, TOLERANCE, TOLERANCE, TOLERANCE};
            integrator = new DormandPrince54(this::derivatives, tol, 1e-12, sampleInterval);
        }

        void run() {
            double[] events = events();
            configure(0, events.length > 0 ? events[0] : end);
            checkLiftOff();
            sample(0);
            double nextSample = sampleInterval;
            int k = 0;
            while (k < events.length) {
                double eventTime = events[k];
                integrator.reset(time, y, Math.min(1.0, eventTime - time));
                while (time < eventTime - SAME_TIME) {
                    double target = Math.min(eventTime, nextSample);
                    integrator.step(target - time);
                    time = integrator.time();
                    System.arraycopy(integrator.state(), 0, y, 0, 6);
                    if (time >= nextSample - SAME_TIME && time < eventTime - SAME_TIME) {
                        sample(time);
                    }
                    nextSample = (Math.floor(time / sampleInterval + 1e-9) + 1) * sampleInterval;
                }
                time = eventTime;
                separate(eventTime);
                k++;
                configure(eventTime, k < events.length ? events[k] : eventTime);
                sample(eventTime);
            }
        }

        /** Every time the forces change, sorted, in (0, end]. */
        private double[] events() {
            TreeSet<Double> times = new TreeSet<>();
            times.add(guidance.verticalRiseEnd());
            times.add(guidance.pitchOverEnd());
            times.add(guidance.gravityTurnEnd());
            for (PitchPoint p : guidance.pitchProgram()) {
                times.add(p.time());
            }
            for (YawPoint p : guidance.yawProgram()) {
                times.add(p.time());
            }
            for (Stage s : vehicle.stages()) {
                times.add(s.ignition());
                times.add(s.burnout());
                if (s.separates()) {
                    times.add(s.separation());
                }
            }
            for (Jettison j : vehicle.jettisons()) {
                times.add(j.time());
            }
            for (Aerodynamics a : vehicle.aerodynamics()) {
                times.add(a.from());
            }
            times.add(end);
            return times.stream().filter(t -> t > SAME_TIME && t <= end).mapToDouble(Double::doubleValue).toArray();
        }

        /** Sets the forces for the segment from {@code start} to {@code stop}, between two events. */
        private void configure(double start, double stop) {
            double mid = 0.5 * (start + stop);
            segmentStart = start;
            segmentMass = massAt(start);
            burning.clear();
            segmentFlow = 0;
            for (Stage s : vehicle.stages()) {
                if (attached(s, mid) && s.ignition() <= mid && mid < s.burnout()) {
                    burning.add(s);
                    segmentFlow += s.pieces() * s.massFlow();
                }
            }
            Aerodynamics aero = vehicle.aerodynamicsAt(mid);
            dragArea = aero.dragCoefficient() * aero.referenceArea();
            if (mid < guidance.verticalRiseEnd()) {
                phase = Phase.VERTICAL;
            } else if (mid < guidance.pitchOverEnd()) {
                phase = Phase.PITCH_OVER;
            } else if (mid < guidance.gravityTurnEnd()) {
                phase = Phase.GRAVITY_TURN;
            } else {
                phase = Phase.PROGRAM;
            }
        }

        private void checkLiftOff() {
            double h = Wgs84.approximateAltitude(y[0], y[1], y[2]);
            double thrust = 0;
            for (Stage s : burning) {
                thrust += s.pieces() * s.thrust(atmosphere.state(h).pressure());
            }
            double weight = segmentMass * VehicleProfile.G0;
            if (!(thrust > weight)) {
                throw new IllegalArgumentException(vehicle.id() + " cannot lift off: thrust " + Math.round(thrust)
                        + " N, weight " + Math.round(weight) + " N");
            }
        }

        /** Records the spent bodies leaving at {@code t}, and the flight-path angle that starts the pitch program. */
        private void separate(double t) {
            double[] acceleration = new double[6];
            derivatives(t, y, acceleration);
            Vector3 position = new Vector3(y[0], y[1], y[2]);
            Vector3 velocity = new Vector3(y[3], y[4], y[5]);
            Vector3 a = new Vector3(acceleration[3], acceleration[4], acceleration[5]);
            for (Stage s : vehicle.stages()) {
                if (s.separates() && Math.abs(s.separation() - t) < SAME_TIME) {
                    separations.add(new StageSeparation(s.name(), t, position, velocity, a, s.ballisticCoefficient(),
                            s.pieces(), s.lateralDeltaV(), s.propellantMass() - s.burned(t)));
                }
            }
            for (Jettison j : vehicle.jettisons()) {
                if (Math.abs(j.time() - t) < SAME_TIME) {
                    separations.add(new StageSeparation(j.name(), t, position, velocity, a, j.ballisticCoefficient(),
                            j.pieces(), j.lateralDeltaV(), 0));
                }
            }
            if (Math.abs(t - guidance.gravityTurnEnd()) < SAME_TIME) {
                List<PitchPoint> program = guidance.pitchProgram();
                programTimes = new double[program.size() + 1];
                programPitches = new double[program.size() + 1];
                programTimes[0] = t;
                programPitches[0] = flightPathAngle(y);
                for (int i = 0; i < program.size(); i++) {
                    programTimes[i + 1] = program.get(i).time();
                    programPitches[i + 1] = program.get(i).pitch();
                }
                // the yaw starts from zero at the end of the gravity turn
                List<YawPoint> yawProgram = guidance.yawProgram();
                yawTimes = new double[yawProgram.isEmpty() ? 0 : yawProgram.size() + 1];
                yaws = new double[yawTimes.length];
                if (!yawProgram.isEmpty()) {
                    yawTimes[0] = t;
                }
                for (int i = 0; i < yawProgram.size(); i++) {
                    yawTimes[i + 1] = yawProgram.get(i).time();
                    yaws[i + 1] = yawProgram.get(i).yaw();
                }
            }
        }

        private void sample(double t) {
            if (!samples.isEmpty() && samples.get(samples.size() - 1).time() > t - SAME_TIME) {
                return;
            }
            double h = Wgs84.approximateAltitude(y[0], y[1], y[2]);
            double v2 = y[3] * y[3] + y[4] * y[4] + y[5] * y[5];
            samples.add(new Ascent.Sample(t, Wgs84.toGeodetic(y[0], y[1], y[2]), Math.sqrt(v2),
                    v2 == 0 ? Math.PI / 2 : flightPathAngle(y), segmentMass - segmentFlow * (t - segmentStart),
                    0.5 * atmosphere.density(h) * v2));
        }

        private void derivatives(double t, double[] s, double[] d) {
            EarthGravity.freeMotion(s, d);
            double mass = segmentMass - segmentFlow * (t - segmentStart);
            StandardAtmosphere1976.State air = atmosphere.state(Wgs84.approximateAltitude(s[0], s[1], s[2]));
            double speed = Math.sqrt(s[3] * s[3] + s[4] * s[4] + s[5] * s[5]);
            if (air.density() > 0) {
                double k = -0.5 * air.density() * speed * dragArea / mass;
                d[3] += k * s[3];
                d[4] += k * s[4];
                d[5] += k * s[5];
            }
            if (!burning.isEmpty()) {
                double pressure = Double.isNaN(air.pressure()) ? 0 : air.pressure();
                double thrust = 0;
                for (Stage stage : burning) {
                    thrust += stage.pieces() * stage.thrust(pressure);
                }
                steer(t, s, speed);
                double k = thrust / mass;
                d[3] += k * direction[0];
                d[4] += k * direction[1];
                d[5] += k * direction[2];
            }
        }

        /** Writes the thrust's unit direction (ECEF) at time t and state s into {@link #direction}. */
        private void steer(double t, double[] s, double speed) {
            double[] up = direction;
            localVertical(s, up);
            double ux = up[0];
            double uy = up[1];
            double uz = up[2];
            if (phase == Phase.VERTICAL) {
                return;
            }
            if (phase == Phase.GRAVITY_TURN && speed > 0) {
                direction[0] = s[3] / speed;
                direction[1] = s[4] / speed;
                direction[2] = s[5] / speed;
                return;
            }
            // east and north at the current position
            double p = Math.hypot(s[0], s[1]);
            double ex = -s[1] / p;
            double ey = s[0] / p;
            // north = up × east
            double nx = -uz * ey;
            double ny = uz * ex;
            double nz = ux * ey - uy * ex;
            double pitch;
            double heading;
            if (phase == Phase.PITCH_OVER) {
                double f = (t - guidance.verticalRiseEnd()) / (guidance.pitchOverEnd() - guidance.verticalRiseEnd());
                pitch = Math.PI / 2 - guidance.kick() * f;
                heading = azimuth + guidance.azimuthOffset();
            } else {
                pitch = interpolate(programTimes, programPitches, t);
                heading = Math.atan2(s[3] * ex + s[4] * ey, s[3] * nx + s[4] * ny + s[5] * nz)
                        + interpolate(yawTimes, yaws, t);
            }
            double c = Math.cos(pitch);
            double hs = c * Math.sin(heading);
            double hc = c * Math.cos(heading);
            double sp = Math.sin(pitch);
            direction[0] = hs * ex + hc * nx + sp * ux;
            direction[1] = hs * ey + hc * ny + sp * uy;
            direction[2] = hc * nz + sp * uz;
        }
    }

    /**
     * Linear interpolation in a table of increasing times: 0 for an empty table, the first value before the first time
     * and the last after the last.
     */
    static double interpolate(double[] times, double[] values, double t) {
        int n = times.length;
        if (n == 0) {
            return 0;
        }
        if (t <= times[0]) {
            return values[0];
        }
        if (t >= times[n - 1]) {
            return values[n - 1];
        }
        int i = 0;
        while (t > times[i + 1]) {
            i++;
        }
        double w = (t - times[i]) / (times[i + 1] - times[i]);
        return values[i] + w * (values[i + 1] - values[i]);
    }

    /**
     * The local vertical at an ECEF position: the normal {@code (x, y, z/(1−e²))} of the ellipsoid scaled from WGS-84
     * through the point, which is the geodetic normal on the ellipsoid and within 0.01° of it below 1,000 km. (The
     * geocentric radial would tilt 0.19° from the vertical of the effective gravity, enough to push a vehicle rising
     * vertically a few metres per second sideways before its kick.)
     */
    static void localVertical(double[] s, double[] out) {
        double zz = s[2] / (1 - Wgs84.E2);
        double n = Math.sqrt(s[0] * s[0] + s[1] * s[1] + zz * zz);
        out[0] = s[0] / n;
        out[1] = s[1] / n;
        out[2] = zz / n;
    }

    /** @return the angle of the velocity above the local horizontal ({@link #localVertical}), radians */
    static double flightPathAngle(double[] s) {
        double[] up = new double[3];
        localVertical(s, up);
        double v = Math.sqrt(s[3] * s[3] + s[4] * s[4] + s[5] * s[5]);
        double vertical = up[0] * s[3] + up[1] * s[4] + up[2] * s[5];
        return Math.asin(Math.max(-1, Math.min(1, vertical / v)));
    }
}

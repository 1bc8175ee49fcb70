package org.cosmodrome.physics.vehicles;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the ascent model needs to know about a launch vehicle: its propulsive stages, the parts it jettisons, what it
 * carries above its last modelled stage, its drag, and the parameters of its guidance law. Read from the profiles
 * under {@code org/cosmodrome/physics/vehicles/} by {@link VehicleProfiles}, where every number names its source or
 * says it was calibrated or estimated; {@link #provenance()} keeps that per field.
 * <p>
 * SI units and radians throughout. Times are seconds after lift-off. The stages, timeline, drag and guidance are the
 * vehicle's; what it carries above its stages varies with the {@link Mission}, the first of which is the standard one
 * the guidance was calibrated on. The pad and azimuth come with each flight.
 *
 * @param id the vehicle id, as in the application's vehicle registry ({@code soyuz-2-1a})
 * @param name display name ({@code Soyuz-2.1a})
 * @param stages propulsive stages, at least one, in the order they are listed in the profile
 * @param jettisons unpowered parts dropped during the ascent (fairing, escape tower), possibly none
 * @param missions the payloads the vehicle flies, at least one, the standard mission first, names unique
 * @param aerodynamics drag configurations, the first from time 0, in increasing {@link Aerodynamics#from()}
 * @param guidance the guidance law's parameters
 * @param provenance per field path ({@code stages[boosters].dryMass}), where its number comes from
 */
public record VehicleProfile(String id, String name, List<Stage> stages, List<Jettison> jettisons,
        List<Mission> missions, List<Aerodynamics> aerodynamics, Guidance guidance,
        Map<String, Provenance> provenance) {

    /** Standard gravity, m/s², by which specific impulse in seconds converts to exhaust velocity (ISO 80000-3). */
    public static final double G0 = 9.80665;
    /** Sea-level standard pressure, Pa (US Standard Atmosphere 1976), at which sea-level thrust is quoted. */
    public static final double SEA_LEVEL_PRESSURE = 101_325.0;

    /** @throws IllegalArgumentException without a stage or a mission, or with drag configurations out of order */
    public VehicleProfile {
        stages = List.copyOf(stages);
        jettisons = List.copyOf(jettisons);
        missions = List.copyOf(missions);
        aerodynamics = List.copyOf(aerodynamics);
        provenance = Map.copyOf(provenance);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a vehicle has at least one stage");
        }
        if (missions.isEmpty() || missions.stream().map(Mission::name).distinct().count() != missions.size()) {
            throw new IllegalArgumentException("a vehicle has at least one mission, each with its own name");
        }
        if (aerodynamics.isEmpty() || aerodynamics.get(0).from() != 0) {
            throw new IllegalArgumentException("the first drag configuration applies from lift-off (time 0)");
        }
        for (int i = 1; i < aerodynamics.size(); i++) {
            if (!(aerodynamics.get(i).from() > aerodynamics.get(i - 1).from())) {
                throw new IllegalArgumentException("drag configurations must start at increasing times");
            }
        }
    }

    /**
     * @param stageName a stage's name in the profile
     * @return the stage of that name, if any
     */
    public Optional<Stage> stage(String stageName) {
        return stages.stream().filter(s -> s.name().equals(stageName)).findFirst();
    }

    /** @return the first mission, on which the guidance was calibrated */
    public Mission standardMission() {
        return missions.get(0);
    }

    /**
     * @param missionName a mission's name in the profile
     * @return the mission of that name
     * @throws IllegalArgumentException when the profile has no mission of that name
     */
    public Mission mission(String missionName) {
        return missions.stream().filter(m -> m.name().equals(missionName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(id + " has no mission named " + missionName));
    }

    /**
     * @param mission one of the profile's missions
     * @return the vehicle's mass on the pad for that mission, kg: every stage, jettisoned part and the payload
     */
    public double liftoffMass(Mission mission) {
        double m = mission.payload().mass();
        for (Stage s : stages) {
            m += s.pieces() * (s.dryMass() + s.propellantMass());
        }
        for (Jettison j : jettisons) {
            m += j.pieces() * j.mass();
        }
        return m;
    }

    /** @return the time of the last event of the ascent (a burnout or a separation), s after lift-off */
    public double endOfAscent() {
        double end = 0;
        for (Stage s : stages) {
            end = Math.max(end, Math.max(s.burnout(), s.separates() ? s.separation() : 0));
        }
        for (Jettison j : jettisons) {
            end = Math.max(end, j.time());
        }
        return end;
    }

    /**
     * @param time seconds after lift-off
     * @return the drag configuration in force at that time
     */
    public Aerodynamics aerodynamicsAt(double time) {
        Aerodynamics current = aerodynamics.get(0);
        for (Aerodynamics a : aerodynamics) {
            if (a.from() <= time) {
                current = a;
            }
        }
        return current;
    }

    /**
     * A propulsive stage, or a set of identical ones that burn and separate together (the four Soyuz strap-on
     * boosters). Masses, thrusts and flow are per piece. Its engines burn at a constant mass flow
     * {@code F_vac / (Isp_vac·g0)} from {@link #ignition()} until {@link #cutoff()} or until the propellant runs out,
     * whichever comes first; thrust at ambient pressure p is {@code F_vac − p·A_e}, with the nozzle exit area
     * {@code A_e = (F_vac − F_sl)/p0} from the quoted vacuum and sea-level thrusts (exact for a fixed mass flow and
     * a full-flowing nozzle; flow separation in the nozzle at low altitude is not modelled). Stages without a quoted
     * sea-level thrust ignite high enough for {@code p·A_e} not to matter and get {@code A_e = 0}.
     *
     * @param name the stage's name in the profile and in its {@code StageSeparation}s ({@code boosters})
     * @param pieces identical bodies, at least 1
     * @param dryMass empty mass of one piece, kg, positive
     * @param propellantMass propellant loaded in one piece, kg, non-negative
     * @param thrustVacuum vacuum thrust of one piece, N, positive
     * @param thrustSeaLevel sea-level thrust of one piece, N, in [0, vacuum thrust]; 0 when not quoted
     * @param specificImpulseVacuum vacuum specific impulse, s, positive
     * @param ignition seconds after lift-off, non-negative
     * @param cutoff commanded engine cut-off, seconds after lift-off, after ignition
     * @param separation seconds after lift-off when the spent stage leaves the vehicle, not before cut-off; NaN for a
     *        stage that stays with the payload to the end of the ascent
     * @param ballisticCoefficient β = m/(C_D·A) of one spent piece as it falls, kg/m², positive
     * @param lateralDeltaV speed each piece gains away from the vehicle's axis at separation, m/s, non-negative
     */
    public record Stage(String name, int pieces, double dryMass, double propellantMass, double thrustVacuum,
            double thrustSeaLevel, double specificImpulseVacuum, double ignition, double cutoff, double separation,
            double ballisticCoefficient, double lateralDeltaV) {

        /** @throws IllegalArgumentException for a value outside its documented range */
        public Stage {
            if (pieces < 1 || !(dryMass > 0) || !(propellantMass >= 0) || !(thrustVacuum > 0)
                    || !(thrustSeaLevel >= 0 && thrustSeaLevel <= thrustVacuum) || !(specificImpulseVacuum > 0)
                    || !(ignition >= 0) || !(cutoff > ignition) || !(ballisticCoefficient > 0)
                    || !(lateralDeltaV >= 0)) {
                throw new IllegalArgumentException("stage " + name + " has an impossible value");
            }
            if (!Double.isNaN(separation) && !(separation >= cutoff)) {
                throw new IllegalArgumentException("stage " + name + " separates before its cut-off");
            }
        }

        /** @return whether the stage leaves the vehicle during the ascent */
        public boolean separates() {
            return !Double.isNaN(separation);
        }

        /** @return propellant mass flow of one piece, kg/s */
        public double massFlow() {
            return thrustVacuum / (specificImpulseVacuum * G0);
        }

        /** @return nozzle exit area of one piece, m² (0 when no sea-level thrust is quoted) */
        public double exitArea() {
            return thrustSeaLevel == 0 ? 0 : (thrustVacuum - thrustSeaLevel) / SEA_LEVEL_PRESSURE;
        }

        /**
         * @param ambientPressure Pa, non-negative
         * @return thrust of one piece at that ambient pressure, N (never negative)
         */
        public double thrust(double ambientPressure) {
            return Math.max(0, thrustVacuum - ambientPressure * exitArea());
        }

        /** @return when the engines stop: the cut-off, or earlier when the propellant runs out; s after lift-off */
        public double burnout() {
            return Math.min(cutoff, ignition + propellantMass / massFlow());
        }

        /**
         * @param time seconds after lift-off
         * @return propellant burned by one piece by then, kg
         */
        public double burned(double time) {
            return massFlow() * Math.max(0, Math.min(time, burnout()) - ignition);
        }

        /** @return propellant left in one piece after burnout, kg */
        public double residualPropellant() {
            return propellantMass - burned(burnout());
        }
    }

    /**
     * An unpowered part dropped during the ascent, such as the payload fairing (two halves).
     *
     * @param name its name in its {@code StageSeparation} ({@code fairing})
     * @param time seconds after lift-off, positive
     * @param mass of one piece, kg, positive
     * @param pieces identical pieces, at least 1
     * @param ballisticCoefficient β of one piece as it falls, kg/m², positive
     * @param lateralDeltaV speed each piece gains away from the vehicle's axis, m/s, non-negative
     */
    public record Jettison(String name, double time, double mass, int pieces, double ballisticCoefficient,
            double lateralDeltaV) {

        /** @throws IllegalArgumentException for a value outside its documented range */
        public Jettison {
            if (!(time > 0) || !(mass > 0) || pieces < 1 || !(ballisticCoefficient > 0) || !(lateralDeltaV >= 0)) {
                throw new IllegalArgumentException("jettison " + name + " has an impossible value");
            }
        }
    }

    /**
     * A kind of flight of the vehicle, told apart by what it carries.
     *
     * @param name short id, unique in the profile ({@code gto-breeze-m})
     * @param description what the mission is and where its spent stages fall
     * @param payload everything above the modelled stages
     */
    public record Mission(String name, String description, Payload payload) {
    }

    /**
     * Everything above the modelled stages, carried to the end of the ascent: upper stage, spacecraft, adapters.
     *
     * @param mass kg, non-negative
     * @param propellantMass of which propellant (an upper stage's or the spacecraft's), kg, in [0, mass]; counted in
     *        the propellant aboard after a failure
     */
    public record Payload(double mass, double propellantMass) {

        /** @throws IllegalArgumentException for a value outside its documented range */
        public Payload {
            if (!(mass >= 0) || !(propellantMass >= 0 && propellantMass <= mass)) {
                throw new IllegalArgumentException("payload has an impossible mass");
            }
        }
    }

    /**
     * The drag of the whole vehicle from a time on: {@code D = ½ρv²·C_D·A} against the relative wind, with one
     * constant drag coefficient (no Mach dependence).
     *
     * @param from seconds after lift-off this configuration starts, non-negative
     * @param referenceArea m², positive
     * @param dragCoefficient dimensionless, positive
     */
    public record Aerodynamics(double from, double referenceArea, double dragCoefficient) {

        /** @throws IllegalArgumentException for a value outside its documented range */
        public Aerodynamics {
            if (!(from >= 0) || !(referenceArea > 0) || !(dragCoefficient > 0)) {
                throw new IllegalArgumentException("drag configuration has an impossible value");
            }
        }
    }

    /**
     * The parameters of the guidance law: a vertical rise, a pitch-over kick towards the launch azimuth (turned by
     * {@link #azimuthOffset()}), a gravity turn (thrust along the velocity relative to the Earth), then a programmed
     * pitch: the thrust's elevation above the local horizontal interpolated linearly between {@link #pitchProgram()}
     * points, starting from the flight-path angle at the end of the gravity turn and held at the last point's value
     * after it. During the programmed pitch the thrust's heading is the relative velocity's, turned by the yaw
     * interpolated in {@link #yawProgram()}: a dogleg, for trajectories that leave the pad on one heading to drop their
     * first stage where it is allowed and then turn towards their orbit plane.
     *
     * @param verticalRiseEnd end of the vertical rise, s, positive
     * @param pitchOverEnd end of the kick, s, after the vertical rise
     * @param kick how far the thrust tilts from the vertical during the kick, radians, in (0, π/2)
     * @param azimuthOffset added to the flight's launch azimuth for the kick, radians clockwise, within ±π/2
     * @param gravityTurnEnd end of the gravity turn, s, after the kick
     * @param pitchProgram the programmed pitch points, at increasing times after the gravity turn's end
     * @param yawProgram yaw of the thrust from the relative velocity's vertical plane, radians clockwise, at increasing
     *        times after the gravity turn's end; zero before the first point, held after the last; empty for none
     */
    public record Guidance(double verticalRiseEnd, double pitchOverEnd, double kick, double azimuthOffset,
            double gravityTurnEnd, List<PitchPoint> pitchProgram, List<YawPoint> yawProgram) {

        /** @throws IllegalArgumentException for phases or program points out of order, or an angle out of range */
        public Guidance {
            pitchProgram = List.copyOf(pitchProgram);
            yawProgram = List.copyOf(yawProgram);
            if (!(verticalRiseEnd > 0) || !(pitchOverEnd > verticalRiseEnd) || !(kick > 0 && kick < Math.PI / 2)
                    || !(gravityTurnEnd > pitchOverEnd) || !(Math.abs(azimuthOffset) <= Math.PI / 2)) {
                throw new IllegalArgumentException("guidance phases must follow one another, the kick in (0, 90°), "
                        + "the azimuth offset within ±90°");
            }
            double previous = gravityTurnEnd;
            for (PitchPoint p : pitchProgram) {
                if (!(p.time() > previous)) {
                    throw new IllegalArgumentException("pitch program points must follow the gravity turn in time");
                }
                previous = p.time();
            }
            previous = gravityTurnEnd;
            for (YawPoint p : yawProgram) {
                if (!(p.time() > previous)) {
                    throw new IllegalArgumentException("yaw program points must follow the gravity turn in time");
                }
                previous = p.time();
            }
        }
    }

    /**
     * A point of the yaw program.
     *
     * @param time seconds after lift-off
     * @param yaw angle of the thrust from the vertical plane of the relative velocity, radians, clockwise seen from
     *        above, within ±π/2
     */
    public record YawPoint(double time, double yaw) {

        /** @throws IllegalArgumentException for a yaw beyond ±90° */
        public YawPoint {
            if (!(Math.abs(yaw) <= Math.PI / 2)) {
                throw new IllegalArgumentException("yaw must lie within ±90°");
            }
        }
    }

    /**
     * A point of the pitch program.
     *
     * @param time seconds after lift-off
     * @param pitch elevation of the thrust above the local horizontal, radians, in [−π/2, π/2]
     */
    public record PitchPoint(double time, double pitch) {

        /** @throws IllegalArgumentException for a pitch beyond ±90° */
        public PitchPoint {
            if (!(Math.abs(pitch) <= Math.PI / 2)) {
                throw new IllegalArgumentException("pitch must lie within ±90°");
            }
        }
    }

    /**
     * Where a number of a profile comes from.
     *
     * @param kind a published source, a calibration against observed outcomes, an engineering estimate, or
     *        arithmetic on other numbers
     * @param text the citation (document, edition, section) or the explanation
     */
    public record Provenance(Kind kind, String text) {

        /** How a number was obtained. */
        public enum Kind {
            /** Quoted from a published document named in the text. */
            SOURCE,
            /** Tuned so that the model reproduces observed outcomes (drop areas); the text says against what. */
            CALIBRATED,
            /** An engineering judgement where no source gives the value; the text gives the reasoning. */
            ESTIMATE,
            /** Computed from other numbers of the profile or of their sources; the text gives the arithmetic. */
            DERIVED
        }
    }
}

package org.cosmodrome.physics.reference;

import org.cosmodrome.physics.atmosphere.StandardAtmosphere1976;
import org.cosmodrome.physics.geodesy.GeodeticPoint;
import org.cosmodrome.physics.geodesy.Vector3;
import org.cosmodrome.physics.gravity.EarthGravity;
import org.cosmodrome.physics.trajectory.Impact;
import org.cosmodrome.physics.trajectory.NoImpact;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.forces.drag.DragForce;
import org.orekit.forces.drag.IsotropicDrag;
import org.orekit.forces.gravity.J2OnlyPerturbation;
import org.orekit.frames.Frame;
import org.orekit.orbits.CartesianOrbit;
import org.orekit.orbits.OrbitType;
import org.orekit.propagation.SpacecraftState;
import org.orekit.propagation.ToleranceProvider;
import org.orekit.propagation.events.AltitudeDetector;
import org.orekit.propagation.numerical.NumericalPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;
import org.orekit.utils.PVCoordinates;

/**
 * The same fall as {@link org.cosmodrome.physics.trajectory.BallisticFall}, computed the way an astrodynamicist would
 * with Orekit, as an independent reference for it:
 * <ul>
 *   <li>a {@link NumericalPropagator} in the GCRF (inertial), Cartesian state, with Hipparchus'
 *       {@link DormandPrince853Integrator} at Orekit's default tolerances for a position error {@code dP};</li>
 *   <li>point-mass gravity of {@link EarthGravity#GM} plus {@link J2OnlyPerturbation} with the same RE and J2, applied
 *       in the ITRF (IERS 2010 conventions, no EOP data: see {@link OrekitData});</li>
 *   <li>{@link DragForce} through {@link IsotropicDrag} with C_D = {@value #DRAG_COEFFICIENT} and the area that
 *       gives the ballistic coefficient β at the constant mass {@value #MASS} kg, in {@link StandardAtmosphere1976}
 *       at the geodetic altitude above a WGS-84 {@link OneAxisEllipsoid} fixed in the ITRF, co-rotating, no wind;</li>
 *   <li>the fall ends at altitude 0 on that ellipsoid, found by an {@link AltitudeDetector}.</li>
 * </ul>
 * The start is converted from a geodetic position and a velocity relative to the rotating Earth by Orekit's ITRF to
 * GCRF transform, which adds ω × r. Each fall builds its own propagator, so an instance may be shared by threads.
 */
public final class OrekitBallisticFall {

    /** Mass of the body, kg; it cancels in the drag acceleration but Orekit needs one. */
    public static final double MASS = 1000;
    /** Drag coefficient given to {@link IsotropicDrag}. */
    public static final double DRAG_COEFFICIENT = 2.0;

    private static final double MIN_STEP = 1e-6;
    private static final double MAX_STEP = 60;
    /** Largest interval between two checks of the altitude event, s; one crossing per fall, so it may be long. */
    private static final double MAX_CHECK = 10;
    /** Convergence of the event's time, s (0.1 mm at a few hundred m/s). */
    private static final double EVENT_THRESHOLD = 1e-6;

    private final double positionTolerance;
    private final double timeLimit;
    private final Frame itrf;
    private final Frame gcrf;
    private final OneAxisEllipsoid earth;
    private final GeodeticAltitudeAtmosphere atmosphere;
    private final AbsoluteDate epoch;

    /**
     * @param positionTolerance Orekit's {@code dP}, the position error the integrator's tolerances aim at, m
     * @param timeLimit longest fall computed, s
     */
    public OrekitBallisticFall(double positionTolerance, double timeLimit) {
        this.positionTolerance = positionTolerance;
        this.timeLimit = timeLimit;
        this.itrf = OrekitData.itrf();
        this.gcrf = OrekitData.gcrf();
        this.epoch = OrekitData.epoch();
        this.earth = new OneAxisEllipsoid(Constants.WGS84_EARTH_EQUATORIAL_RADIUS, Constants.WGS84_EARTH_FLATTENING,
                itrf);
        this.atmosphere = new GeodeticAltitudeAtmosphere(new StandardAtmosphere1976(), earth);
    }

    /** The reference setting: 1 mm position tolerance, up to 3 hours. */
    public static OrekitBallisticFall reference() {
        return new OrekitBallisticFall(1e-3, 3 * 3600);
    }

    /**
     * @param position start, altitude above the WGS-84 ellipsoid in metres
     * @param velocityEnu velocity relative to the rotating Earth in the local east-north-up frame, m/s
     * @param ballisticCoefficient β = m/(C_D·A), kg/m²
     * @return the impact; {@link Impact#steps()} counts the propagator's accepted steps
     * @throws NoImpact if the body is still falling after the time limit
     */
    public Impact fall(GeodeticPoint position, Vector3 velocityEnu, double ballisticCoefficient) {
        org.orekit.bodies.GeodeticPoint start = new org.orekit.bodies.GeodeticPoint(position.latitude(),
                position.longitude(), position.altitude());
        Vector3D r = earth.transform(start);
        Vector3D v = new Vector3D(velocityEnu.x(), start.getEast(), velocityEnu.y(), start.getNorth(),
                velocityEnu.z(), start.getZenith());
        PVCoordinates inertial = itrf.getTransformTo(gcrf, epoch).transformPVCoordinates(new PVCoordinates(r, v));
        CartesianOrbit orbit = new CartesianOrbit(inertial, gcrf, epoch, EarthGravity.GM);

        double[][] tolerances = ToleranceProvider.getDefaultToleranceProvider(positionTolerance)
                .getTolerances(orbit, OrbitType.CARTESIAN);
        NumericalPropagator propagator = new NumericalPropagator(
                new DormandPrince853Integrator(MIN_STEP, MAX_STEP, tolerances[0], tolerances[1]));
        propagator.setOrbitType(OrbitType.CARTESIAN);
        propagator.setInitialState(new SpacecraftState(orbit).withMass(MASS));
        propagator.addForceModel(new J2OnlyPerturbation(EarthGravity.GM, EarthGravity.RE, EarthGravity.J2, itrf));
        double area = MASS / (DRAG_COEFFICIENT * ballisticCoefficient);
        propagator.addForceModel(new DragForce(atmosphere, new IsotropicDrag(area, DRAG_COEFFICIENT)));
        propagator.addEventDetector(new AltitudeDetector(MAX_CHECK, EVENT_THRESHOLD, 0.0, earth));
        int[] steps = {0};
        propagator.getMultiplexer().add(interpolator -> steps[0]++);

        SpacecraftState end = propagator.propagate(epoch.shiftedBy(timeLimit));
        double timeOfFlight = end.getDate().durationFrom(epoch);
        if (timeOfFlight >= timeLimit) {
            throw new NoImpact(timeLimit);
        }
        PVCoordinates fixed = gcrf.getTransformTo(itrf, end.getDate()).transformPVCoordinates(end.getPVCoordinates());
        org.orekit.bodies.GeodeticPoint ground = earth.transform(fixed.getPosition(), itrf, end.getDate());
        Vector3D w = fixed.getVelocity();
        Vector3 enu = new Vector3(Vector3D.dotProduct(w, ground.getEast()), Vector3D.dotProduct(w, ground.getNorth()),
                Vector3D.dotProduct(w, ground.getZenith()));
        return new Impact(new GeodeticPoint(ground.getLatitude(), ground.getLongitude(), 0), timeOfFlight, enu,
                steps[0]);
    }

    public double positionTolerance() {
        return positionTolerance;
    }
}

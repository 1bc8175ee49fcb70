package org.cosmodrome.rangesafety;

import java.util.List;

import org.cosmodrome.physics.geodesy.GeodeticPoint;
import org.cosmodrome.physics.trajectory.StageSeparation;

/** Flies a vehicle's nominal ascent from a pad to an inclination and says where its spent stages separate. */
public interface TrajectoryModel {

    /**
     * Height of the cosmodrome's pads above the WGS-84 ellipsoid, m. The pads lie about 90 m above sea level and the
     * data set gives no elevation per pad; the vehicle profiles were calibrated from 100-104 m. The open-loop
     * guidance is sensitive to it: flown from the ellipsoid itself, the Soyuz-2.1b core lands some 30 km away.
     */
    double PAD_HEIGHT_M = 100;

    /**
     * The nominal flight.
     *
     * @param separations the spent stages and jettisoned parts that fall back, in separation order
     * @param track the nominal ascent, for the ground track and charts
     */
    record Flight(List<StageSeparation> separations, List<AnalysisResult.TrackPoint> track) {
    }

    /** @return whether a trajectory model exists for the vehicle */
    boolean covers(String vehicleId);

    /**
     * @param mission the profile's mission to fly, or {@code null} for its standard one
     * @param pad the pad's position, altitude above the ellipsoid ({@link #PAD_HEIGHT_M} for Baikonur's pads)
     * @throws org.cosmodrome.physics.trajectory.InclinationNotReachable when the pad cannot reach the inclination
     * @throws IllegalArgumentException when no model covers the vehicle
     */
    Flight fly(String vehicleId, String mission, GeodeticPoint pad, double inclinationDeg);
}

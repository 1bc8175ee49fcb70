package org.cosmodrome.rangesafety;

import java.util.ArrayList;
import java.util.List;

import org.cosmodrome.physics.geodesy.GeodeticPoint;
import org.cosmodrome.physics.trajectory.Ascent;
import org.cosmodrome.physics.trajectory.LaunchAzimuth;
import org.cosmodrome.physics.trajectory.PoweredAscent;
import org.cosmodrome.physics.vehicles.VehicleProfiles;
import org.springframework.stereotype.Component;

/**
 * The trajectory model of the {@code physics} library: the vehicle profiles it ships and its 3-DOF powered ascent,
 * flown northbound (the only direction Baikonur's corridors use). The ground track keeps one point in ten seconds.
 */
@Component
class PhysicsTrajectories implements TrajectoryModel {

    private static final double TRACK_INTERVAL_S = 10;

    @Override
    public boolean covers(String vehicleId) {
        return VehicleProfiles.available().contains(vehicleId);
    }

    @Override
    public Flight fly(String vehicleId, String mission, GeodeticPoint pad, double inclinationDeg) {
        PoweredAscent standard = new PoweredAscent(VehicleProfiles.load(vehicleId));
        Ascent ascent = (mission == null ? standard : standard.onMission(mission)).fly(pad,
                Math.toRadians(inclinationDeg), LaunchAzimuth.Direction.NORTHBOUND);
        List<AnalysisResult.TrackPoint> track = new ArrayList<>();
        double next = 0;
        for (Ascent.Sample s : ascent.samples()) {
            if (s.time() + 1e-9 >= next) {
                track.add(new AnalysisResult.TrackPoint(s.time(), round(s.point().longitudeDegrees()),
                        round(s.point().latitudeDegrees()), Math.round(s.point().altitude()), Math.round(s.speed())));
                next = s.time() + TRACK_INTERVAL_S;
            }
        }
        return new Flight(ascent.separations(), track);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }
}

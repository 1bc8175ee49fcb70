package org.cosmodrome.visitors;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cosmodrome.manifest.Launch;
import org.cosmodrome.manifest.LaunchId;
import org.cosmodrome.manifest.LaunchStatus;
import org.cosmodrome.manifest.Launches;
import org.cosmodrome.physics.geodesy.GeodeticPoint;
import org.cosmodrome.physics.geodesy.Geodesics;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.platform.Role;
import org.cosmodrome.sites.Pad;
import org.cosmodrome.sites.PadId;
import org.cosmodrome.sites.Pads;
import org.cosmodrome.vehicles.Vehicle;
import org.cosmodrome.vehicles.VehicleId;
import org.cosmodrome.vehicles.Vehicles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which viewing points are open for a launch: those farther from its pad than its vehicle family's hazard radius. */
@Service
public class Viewing {

    /**
     * A viewing point as it stands for one launch.
     *
     * @param distanceKm great-circle distance to the launch's pad
     * @param reason why it is closed, {@code null} when open
     */
    public record PointForLaunch(ViewingPoint point, double distanceKm, double hazardRadiusKm, boolean open,
            String reason, int freePlaces) {
    }

    /** A launch's viewing: its day and pad and every point. */
    public record LaunchViewing(String launch, String mission, String pad, LocalDate day, List<PointForLaunch> points) {
    }

    private final VisitorRecords records;
    private final Launches launches;
    private final Pads pads;
    private final Vehicles vehicles;
    private final VisitorSettings settings;

    Viewing(VisitorRecords records, Launches launches, Pads pads, Vehicles vehicles, VisitorSettings settings) {
        this.records = records;
        this.launches = launches;
        this.pads = pads;
        this.vehicles = vehicles;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public List<ViewingPoint> points() {
        return records.points();
    }

    /**
     * The viewing of launch {@code id}: public launches for anyone; a launch not yet public only for the spaceport
     * operator. 404 when the launch is not visible or has no pad yet.
     */
    @Transactional(readOnly = true)
    public LaunchViewing forLaunch(String id, Actor viewer) {
        Launch launch = viewable(id, viewer);
        Pad pad = padOf(launch).orElseThrow(() -> new RecordNotFound("launch viewing", id));
        LocalDate day = dayOf(launch);
        List<PointForLaunch> points = records.points().stream()
                .map(p -> assess(p, pad, launch.vehicle().value(), id)).toList();
        return new LaunchViewing(id, launch.mission(), pad.id().value(), day, points);
    }

    Launch viewable(String id, Actor viewer) {
        Launch launch = launches.findById(new LaunchId(id)).filter(l -> l.isPublic() || viewer.has(Role.SPACEPORT_OPERATOR))
                .orElseThrow(() -> new RecordNotFound("launch", id));
        if (launch.status() == LaunchStatus.CANCELLED) {
            throw new RecordNotFound("launch", id);
        }
        return launch;
    }

    Optional<Pad> padOf(Launch launch) {
        PadId pad = launch.scheduledPad() != null ? launch.scheduledPad() : launch.fixedPad();
        return pad == null ? Optional.empty() : pads.findById(pad);
    }

    Optional<Pad> pad(String id) {
        return id == null ? Optional.empty() : pads.findById(new PadId(id));
    }

    static LocalDate dayOf(Launch launch) {
        return launch.net() != null ? launch.net().day() : launch.scheduledDate() != null ? launch.scheduledDate()
                : launch.window().desired();
    }

    PointForLaunch assess(ViewingPoint point, Pad pad, String vehicle, String launch) {
        String family = vehicles.findById(new VehicleId(vehicle)).map(Vehicle::family).orElse(null);
        double radius = settings.radiusKm(family, vehicle);
        double distance = Geodesics.greatCircleDistance(GeodeticPoint.ofDegrees(point.latitude(), point.longitude()),
                GeodeticPoint.ofDegrees(pad.latitude(), pad.longitude())) / 1000;
        boolean open = distance > radius;
        String reason = open ? null : "%.2f km from pad %s, inside the %.1f km hazard radius of %s".formatted(
                distance, pad.designation(), radius, family == null ? vehicle : family);
        int free = launch == null ? point.capacity()
                : Math.max(0, point.capacity() - records.takenOfViewing(launch, point.id()));
        return new PointForLaunch(point, Math.round(distance * 100) / 100.0, radius, open, reason, open ? free : 0);
    }
}

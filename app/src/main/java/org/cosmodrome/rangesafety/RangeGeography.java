package org.cosmodrome.rangesafety;

import java.util.List;
import java.util.Optional;

import org.cosmodrome.vehicles.VehicleId;
import org.springframework.stereotype.Service;

/**
 * What other modules ask of range safety's geography: the drop zones, and the corridor a launch of a vehicle to an
 * inclination flies, with the zones its stages fall in.
 */
@Service
public class RangeGeography {

    /**
     * How far, in degrees, a launch's inclination may be from a corridor's and still fly it: launches are announced
     * to a tenth of a degree (51.6, 97.6), so half a tenth.
     */
    public static final double INCLINATION_TOLERANCE_DEG = 0.05;

    private final DropZones dropZones;
    private final Corridors corridors;

    RangeGeography(DropZones dropZones, Corridors corridors) {
        this.dropZones = dropZones;
        this.corridors = corridors;
    }

    public Optional<DropZone> zone(DropZoneId id) {
        return dropZones.findById(id);
    }

    /** Every drop zone, in order of country, then id. */
    public List<DropZone> zones() {
        return dropZones.findAll();
    }

    /** Every corridor, in order of inclination, then id. */
    public List<Corridor> corridors() {
        return corridors.findAll();
    }

    /**
     * The corridor {@code vehicle} flies to {@code inclinationDeg}: the one of that vehicle whose inclination is
     * within {@link #INCLINATION_TOLERANCE_DEG} of it (the nearest, should two be), or empty when it has none.
     */
    public Optional<Corridor> corridorFor(VehicleId vehicle, double inclinationDeg) {
        return corridors.nearest(vehicle, inclinationDeg, INCLINATION_TOLERANCE_DEG);
    }

    /** The zones the stages of {@code corridor} fall in, in the order the stages separate. */
    public List<DropZone> zonesOf(Corridor corridor) {
        return corridor.dropZones().stream().map(dropZones::findById).flatMap(Optional::stream).toList();
    }
}

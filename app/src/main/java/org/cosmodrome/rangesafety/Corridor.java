package org.cosmodrome.rangesafety;

import java.util.List;
import java.util.Objects;

import org.cosmodrome.platform.LocalizedName;
import org.cosmodrome.sites.PadId;
import org.cosmodrome.vehicles.VehicleId;

/**
 * The ground track a vehicle flies from the cosmodrome to one orbital inclination, and where its stages come down.
 *
 * @param inclinationDeg the orbit's inclination in degrees, more than 0 and less than 180
 * @param pad the pad the console draws the corridor's ground line from
 * @param stages the stages in the order they separate
 * @param mission the mission of the vehicle's trajectory profile flown on this corridor, or {@code null} for the
 *     profile's standard mission
 */
public record Corridor(CorridorId id, VehicleId vehicle, double inclinationDeg, LocalizedName name, PadId pad,
        List<StageFall> stages, String notes, String confidence, List<String> sources, String mission) {

    public Corridor {
        if (!(inclinationDeg > 0 && inclinationDeg < 180)) {
            throw new IllegalArgumentException("an inclination is between 0 and 180 degrees, was " + inclinationDeg);
        }
        stages = List.copyOf(stages);
        sources = List.copyOf(sources);
    }

    /** The zones its stages fall in, each once, in the order the stages separate. */
    public List<DropZoneId> dropZones() {
        return stages.stream().map(StageFall::dropZone).filter(Objects::nonNull).distinct().toList();
    }
}

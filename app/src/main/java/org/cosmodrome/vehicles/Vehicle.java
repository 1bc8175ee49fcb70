package org.cosmodrome.vehicles;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * A launch vehicle type in the catalogue, with its stages in flight order.
 *
 * @param liftoffMassTonnes gross liftoff mass in tonnes, {@code null} where no source gives it
 * @param leoPayloadTonnes payload to low Earth orbit in tonnes, {@code null} where unknown
 * @param gtoPayloadTonnes payload to geostationary transfer orbit in tonnes, {@code null} where unknown
 * @param sources where the record's facts come from
 * @param version optimistic-lock version, incremented by every change
 */
public record Vehicle(VehicleId id, String name, String family, String country, VehicleStatus status,
        String manufacturer, BigDecimal liftoffMassTonnes, BigDecimal leoPayloadTonnes, BigDecimal gtoPayloadTonnes,
        List<Stage> stages, String jettisonedOverLand, String notes, String confidence, List<String> sources,
        int version) {

    public Vehicle {
        stages = stages.stream().sorted(Comparator.comparingInt(Stage::position)).toList();
        sources = List.copyOf(sources);
    }

    /**
     * Whether the vehicle burns toxic hypergolic propellant on every flight, in a stage that is not optional. Proton-M
     * does; Soyuz-2.1b does only when it carries Fregat, which is optional.
     */
    public boolean burnsToxicPropellant() {
        return stages.stream().anyMatch(stage -> stage.isToxic() && !stage.optional());
    }

    /** Whether some configuration of the vehicle (an optional upper stage, say) burns toxic propellant. */
    public boolean mayBurnToxicPropellant() {
        return stages.stream().anyMatch(Stage::isToxic);
    }

    /** The distinct propellant classes of all stages, in flight order of first appearance. */
    public List<PropellantClass> propellantClasses() {
        return stages.stream().map(Stage::propellantClass).distinct().toList();
    }
}

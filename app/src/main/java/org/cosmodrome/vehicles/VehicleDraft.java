package org.cosmodrome.vehicles;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a caller proposes for a vehicle record, checked by {@link VehicleCatalog} before anything is stored.
 */
public record VehicleDraft(String name, String family, String country, VehicleStatus status, String manufacturer,
        BigDecimal liftoffMassTonnes, BigDecimal leoPayloadTonnes, BigDecimal gtoPayloadTonnes, List<Stage> stages,
        String jettisonedOverLand, String notes, String confidence, List<String> sources) {

    public VehicleDraft {
        stages = stages == null ? List.of() : List.copyOf(stages);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    Vehicle toVehicle(VehicleId id, int version) {
        return new Vehicle(id, name.strip(), blankToNull(family), country == null ? null : country.toUpperCase(),
                status, blankToNull(manufacturer), liftoffMassTonnes, leoPayloadTonnes, gtoPayloadTonnes, stages,
                blankToNull(jettisonedOverLand), blankToNull(notes), blankToNull(confidence), sources, version);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

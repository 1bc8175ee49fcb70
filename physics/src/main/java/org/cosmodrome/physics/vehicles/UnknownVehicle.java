package org.cosmodrome.physics.vehicles;

/** No vehicle profile has the requested id; {@link VehicleProfiles#available()} lists those that exist. */
public final class UnknownVehicle extends IllegalArgumentException {

    private final String vehicleId;

    /** @param vehicleId the id that no profile has */
    public UnknownVehicle(String vehicleId) {
        super("no vehicle profile has the id " + vehicleId);
        this.vehicleId = vehicleId;
    }

    /** @return the id that was asked for */
    public String vehicleId() {
        return vehicleId;
    }
}

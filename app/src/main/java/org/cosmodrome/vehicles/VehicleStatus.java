package org.cosmodrome.vehicles;

/** Where a vehicle type stands in its life. */
public enum VehicleStatus {
    /** Flying, or ready to fly. */
    ACTIVE,
    /** Not flown yet (Soyuz-5, the start-ups' vehicles). */
    IN_DEVELOPMENT,
    /** No longer flies from anywhere. */
    RETIRED
}

package org.cosmodrome.manifest;

/** Why a launch changed status or NET, as a code the reports can count. */
public enum ReasonCode {
    /** A new request of a tenant. */
    REQUESTED,
    /** Placed, moved or unplaced by a re-plan. */
    REPLANNED,
    /** Confirmed by the operator and the tenant. */
    MANIFEST_CONFIRMED,
    /** Wind, temperature or upper-level winds outside limits. */
    WEATHER,
    TECHNICAL_VEHICLE,
    TECHNICAL_PAD,
    TECHNICAL_GROUND_SYSTEMS,
    /** The range (tracking, drop-zone clearance, airspace) is not ready. */
    RANGE,
    /** A drop zone is closed or not approved. */
    DROP_ZONE,
    PAYLOAD,
    /** The host state suspended the vehicle family or the launch. */
    HOST_STATE_SUSPENSION,
    /** The tenant asked for it. */
    CUSTOMER_REQUEST,
    /** The station's traffic plan changed (docking port, crew rotation). */
    ISS_TRAFFIC,
    /** The launch happened; its outcome. */
    FLIGHT_OUTCOME,
    /** The countdown went ahead. */
    READINESS_REVIEW,
    OTHER
}

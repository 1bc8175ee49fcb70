package org.cosmodrome.auctions;

/** What an asset is, as the disposal lists group equipment. */
public enum AssetKind {
    METAL_STRUCTURE, MEASURING_INSTRUMENT, CONSOLE, CABLE, EQUIPMENT_SET, TELECOM, TRUCK_CRANE, LOCOMOTIVE,
    DUMP_TRUCK, VEHICLE, NON_FERROUS_METAL, OTHER
}

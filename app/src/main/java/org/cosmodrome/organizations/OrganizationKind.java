package org.cosmodrome.organizations;

/** What an organisation is to the spaceport. */
public enum OrganizationKind {
    /** A body of the host state: the space agency, the ministry, the President's representative. */
    HOST_AUTHORITY,
    /** The state that leases the cosmodrome, through its space corporation. */
    LESSEE,
    /** A state organisation that runs ground infrastructure or launches (TsENKI, the Aerospace Forces). */
    STATE_OPERATOR,
    /** A joint venture of the host and the lessee (Baiterek). */
    JOINT_VENTURE,
    /** A national space company of the host state. */
    NATIONAL_COMPANY,
    /** A company that asks for launches as a tenant (the start-ups). */
    LAUNCH_PROVIDER,
    /** A maker of vehicles or stages. */
    MANUFACTURER,
    /** An operator of satellites, a customer of launches. */
    SATELLITE_OPERATOR
}

package org.cosmodrome.organizations;

/** What an agreement is about. */
public enum AgreementKind {
    LEASE, LEASE_EXTENSION, INTERGOVERNMENTAL, JOINT_VENTURE_CHARTER, PHASE_OUT, LAUNCH_CAP, PLAN_APPROVAL,
    FACILITY_RETURN, SPECIAL_ECONOMIC_ZONE, PAD_ACCESS, SERVICES
}

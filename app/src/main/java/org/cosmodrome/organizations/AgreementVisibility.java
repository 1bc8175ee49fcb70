package org.cosmodrome.organizations;

/** Who may read an agreement. */
public enum AgreementVisibility {
    /** Every signed-in party: treaties and agreements published by their parties. */
    PUBLIC,
    /** Its parties, and those who read everything (operator, host authority, auditors): a tenant's commercial terms. */
    PARTIES
}

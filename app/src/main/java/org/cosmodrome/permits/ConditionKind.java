package org.cosmodrome.permits;

import java.util.List;

/** A kind of lifting condition of a suspension. */
public enum ConditionKind {
    /** The report of the accident investigation is filed with the host authority. */
    INVESTIGATION_REPORT_FILED,
    /** Clean-up and environmental measures at the impact site are done. */
    REMEDIATION_DONE,
    /** The compensation claimed by the host state is paid. */
    COMPENSATION_PAID,
    /** Anything else, described in words. */
    OTHER;

    /** The conditions of an accident suspension when nobody names others: those the 1999, 2007 and 2013 bans had. */
    public static final List<ConditionKind> STANDARD = List.of(INVESTIGATION_REPORT_FILED, REMEDIATION_DONE,
            COMPENSATION_PAID);
}

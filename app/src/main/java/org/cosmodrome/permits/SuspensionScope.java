package org.cosmodrome.permits;

/** What a suspension stops. */
public enum SuspensionScope {
    /** Every launch of one vehicle family, from any pad. */
    FAMILY,
    /** Every launch from one pad. */
    PAD,
    /** Every launch of the cosmodrome. */
    SITE
}

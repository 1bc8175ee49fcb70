package org.cosmodrome.manifest;

/** How a NET changed. */
public enum NetChangeKind {
    /** The first NET the launch got. */
    FIRST,
    /** Later. */
    SLIP,
    /** Earlier. */
    PULL_IN,
    /** Known more precisely, within the period known before. */
    FIRMED,
    /** Known less precisely, around the period known before. */
    LOOSENED
}

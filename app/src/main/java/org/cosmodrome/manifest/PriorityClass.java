package org.cosmodrome.manifest;

/** Who goes first when launches compete for a pad or a day; rank 1 is the highest. */
public enum PriorityClass {
    /** Crew and station supply flights (Soyuz MS, Progress MS). */
    CREWED_ISS(1),
    /** State missions of the lessee or the host state. */
    NATIONAL(2),
    /** Commercial customers. */
    COMMERCIAL(3);

    private final int rank;

    PriorityClass(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }
}

package org.cosmodrome.rangesafety;

/** Where an analysis is in its life: queued, running (with progress), done (with a verdict) or failed (with why). */
public enum AnalysisStatus {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}

package org.cosmodrome.analytics;

/** Where a forecast run is: waiting for a worker, solving, or finished one of three ways. */
public enum ForecastRunStatus {
    QUEUED, RUNNING, DONE, CANCELLED, FAILED;

    public boolean finished() {
        return this == DONE || this == CANCELLED || this == FAILED;
    }
}

package org.cosmodrome.planning.forecast;

/** A forecast was cancelled before it finished; nothing of it is reported. */
public final class ForecastCancelled extends RuntimeException {

    public ForecastCancelled() {
        super("The forecast was cancelled.");
    }
}

package org.cosmodrome.planning.forecast;

/** Told as a forecast goes; called from the forecast's worker threads, so it must be thread-safe. */
@FunctionalInterface
public interface ForecastProgress {

    /**
     * @param done year plans solved so far
     * @param total year plans to solve ({@code samples * years})
     */
    void solved(int done, int total);
}

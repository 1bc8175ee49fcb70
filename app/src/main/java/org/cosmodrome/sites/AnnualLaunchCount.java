package org.cosmodrome.sites;

/**
 * Launches from the cosmodrome in one calendar year.
 *
 * @param launches the count, {@code null} where no source could be verified
 * @param basis how the count was arrived at
 */
public record AnnualLaunchCount(int year, Integer launches, String basis, String confidence, String source) {
}

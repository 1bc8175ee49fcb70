package org.cosmodrome.sites;

import java.time.LocalDate;
import java.util.List;

import org.cosmodrome.organizations.OrganizationId;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.LocalizedName;
import org.cosmodrome.vehicles.VehicleId;

/**
 * A launch pad of the cosmodrome.
 *
 * @param designation the site's own name, {@code site/pad} such as {@code 31/6}, or the site number alone
 * @param site the site (launch complex) number, such as {@code 31}
 * @param name e.g. "Site 31, pad 6" / "Площадка 31, пусковая установка 6" / "31-алаң, 6-ұшыру қондырғысы"
 * @param popularName e.g. "Gagarin's Start", or {@code null}
 * @param latitude WGS84 geodetic latitude in degrees north, -90 to 90
 * @param longitude WGS84 longitude in degrees east, -180 to 180
 * @param coordinatePrecision how good the coordinates are, in words (LL2 values are often rounded)
 * @param statusSince the day the current status took effect
 * @param operator the organisation running the pad now, or {@code null}
 * @param supportedVehicles vehicles the pad supports or supported
 * @param launchCount launches from the pad where a source counts them, else {@code null}
 * @param version optimistic-lock version, incremented by every change
 */
public record Pad(PadId id, String designation, String site, LocalizedName name, LocalizedName popularName,
        double latitude,
        double longitude, String coordinatePrecision, PadStatus status, LocalDate statusSince,
        OrganizationId operator, List<VehicleId> supportedVehicles, LaunchMark firstLaunch, LaunchMark lastLaunch,
        Integer launchCount, String launchCountNote, String notes, String confidence, List<String> sources,
        int version) {

    public Pad {
        supportedVehicles = List.copyOf(supportedVehicles);
        sources = List.copyOf(sources);
    }

    /**
     * The change that moves this pad to {@code target} on {@code effectiveOn}.
     *
     * @param today the current day, after which no change can take effect
     * @throws TransitionNotAllowed when the lifecycle forbids the move
     * @throws InvalidField when the day is before the current status began or after today
     */
    public PadStatusChange transitionTo(PadStatus target, LocalDate effectiveOn, LocalDate today, String reason,
            String recordedBy, java.time.Instant recordedAt) {
        if (!status.canBecome(target)) {
            throw new TransitionNotAllowed(id, status, target);
        }
        if (effectiveOn.isBefore(statusSince)) {
            throw new InvalidField("effectiveOn", "pad.status.effective-before-current",
                    "effectiveOn " + effectiveOn + " is before the current status " + status + " began on "
                            + statusSince);
        }
        if (effectiveOn.isAfter(today)) {
            throw new InvalidField("effectiveOn", "pad.status.effective-in-future",
                    "effectiveOn " + effectiveOn + " is in the future; record a change once it has happened");
        }
        return new PadStatusChange(id, status, target, effectiveOn, reason, recordedAt, recordedBy);
    }
}

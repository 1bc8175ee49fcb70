package org.cosmodrome.publicapi;

import java.time.ZonedDateTime;
import java.util.List;

import org.cosmodrome.manifest.LaunchStatus;
import org.cosmodrome.manifest.Net;
import org.cosmodrome.manifest.NetPrecision;
import org.cosmodrome.organizations.OrganizationKind;

/**
 * The one table from Cosmodrome's vocabulary to Launch Library 2's numbered one (LL2 2.3.0,
 * {@code /config/launch_statuses/}, {@code /config/net_precisions/}, {@code /config/orbits/},
 * {@code /config/mission_types/}).
 * <p>
 * Launch statuses, as LL2 numbers them: 1 Go, 2 TBD, 3 Success, 4 Failure, 5 Hold, 6 In Flight, 7 Partial Failure,
 * 8 TBC. Ours map so: {@code GO} 1; {@code SCHEDULED} 2 (placed by the plan, may still move) and {@code SCRUBBED} 2
 * (needs a new day); {@code CONFIRMED} 8; {@code HOLD} and {@code SUSPENDED} 5 (the host state's stop is a hold
 * to an LL2 client); {@code IN_FLIGHT} 6; {@code SUCCESS} 3, {@code FAILURE} 4, {@code PARTIAL_FAILURE} 7.
 * {@code REQUESTED} and {@code CANCELLED} launches are never on the public manifest and have no LL2 status.
 * <p>
 * NET precisions, as LL2 numbers them: 0 second, 1 minute, 2 hour, 3 morning, 4 afternoon, 5 day, 6 week, 7 month,
 * 8 to 11 quarters 1 to 4, 12 and 13 halves 1 and 2, 14 year. Ours use 0, 1, 2, 5, 7, 8 to 11 (the quarter the NET
 * falls in, counted at the cosmodrome) and 14; morning, afternoon, week and half-year are listed but never given.
 * <p>
 * Agency types are LL2's names; their numbers (1 Government, 2 Multinational, 3 Commercial) are as LL2 is generally
 * understood to number them, not checked against a published list. Orbits and mission types carry Cosmodrome's own
 * ids with LL2's names and abbreviations.
 */
public final class Ll2Codes {

    /** One entry of an LL2 vocabulary. {@code abbrev} and {@code description} may be empty, never {@code null}. */
    public record Code(int id, String name, String abbrev, String description) {
    }

    public static final Code GO = new Code(1, "Go for Launch", "Go", "Cleared for launch by the readiness review.");
    public static final Code TBD = new Code(2, "To Be Determined", "TBD",
            "Placed on a pad and day by the plan; the day may still move.");
    public static final Code SUCCESS = new Code(3, "Launch Successful", "Success",
            "The launch reached its intended orbit.");
    public static final Code FAILURE = new Code(4, "Launch Failure", "Failure", "The launch failed.");
    public static final Code HOLD = new Code(5, "On Hold", "Hold",
            "Paused by the tenant or the operator, or stopped by the host state.");
    public static final Code IN_FLIGHT = new Code(6, "Launch in Flight", "In Flight", "The vehicle is flying.");
    public static final Code PARTIAL_FAILURE = new Code(7, "Launch was a Partial Failure", "Partial Failure",
            "The launch reached an orbit other than intended.");
    public static final Code TBC = new Code(8, "To Be Confirmed", "TBC",
            "Pad and day agreed; re-plans keep the launch where it is.");

    public static final List<Code> LAUNCH_STATUSES = List.of(GO, TBD, SUCCESS, FAILURE, HOLD, IN_FLIGHT,
            PARTIAL_FAILURE, TBC);

    public static final List<Code> NET_PRECISIONS = List.of(
            new Code(0, "Second", "SEC", "The T-0 is accurate to the second."),
            new Code(1, "Minute", "MIN", "The T-0 is accurate to the minute."),
            new Code(2, "Hour", "HR", "The T-0 is accurate to the hour."),
            new Code(3, "Morning (local time)", "AM", "The T-0 is in the morning, local time."),
            new Code(4, "Afternoon (local time)", "PM", "The T-0 is in the afternoon, local time."),
            new Code(5, "Day", "DAY", "The T-0 is accurate to the day, at the cosmodrome."),
            new Code(6, "Week", "WK", "The T-0 is accurate to the week."),
            new Code(7, "Month", "MO", "The T-0 is accurate to the month, at the cosmodrome."),
            new Code(8, "Quarter 1", "Q1", "January to March, at the cosmodrome."),
            new Code(9, "Quarter 2", "Q2", "April to June, at the cosmodrome."),
            new Code(10, "Quarter 3", "Q3", "July to September, at the cosmodrome."),
            new Code(11, "Quarter 4", "Q4", "October to December, at the cosmodrome."),
            new Code(12, "Half 1", "H1", "January to June."),
            new Code(13, "Half 2", "H2", "July to December."),
            new Code(14, "Year", "YR", "The T-0 is accurate to the year, at the cosmodrome."));

    /** The orbit every launch shows: the target orbit is not on the public manifest. */
    public static final Code UNKNOWN_ORBIT = new Code(0, "Unknown", "N/A", "");

    public static final List<Code> ORBITS = List.of(UNKNOWN_ORBIT,
            new Code(1, "Low Earth Orbit", "LEO", "Including the ISS's, 51.6 degrees from Baikonur."),
            new Code(2, "Medium Earth Orbit", "MEO", "Including GLONASS, 64.8 degrees."),
            new Code(3, "Sun-Synchronous Orbit", "SSO", "About 97.6 degrees through the northern corridor."),
            new Code(4, "Geostationary Transfer Orbit", "GTO", "Via a 51.5-degree parking orbit."));

    /** The mission type every launch shows: the manifest does not record one. */
    public static final Code UNKNOWN_MISSION_TYPE = new Code(0, "Unknown", "", "");

    public static final List<Code> MISSION_TYPES = List.of(UNKNOWN_MISSION_TYPE);

    private Ll2Codes() {
    }

    /**
     * The LL2 status of a launch on the public manifest.
     *
     * @throws IllegalArgumentException for {@code REQUESTED} and {@code CANCELLED}, which are never public
     */
    public static Code status(LaunchStatus status) {
        return switch (status) {
            case GO -> GO;
            case SCHEDULED, SCRUBBED -> TBD;
            case CONFIRMED -> TBC;
            case HOLD, SUSPENDED -> HOLD;
            case IN_FLIGHT -> IN_FLIGHT;
            case SUCCESS -> SUCCESS;
            case FAILURE -> FAILURE;
            case PARTIAL_FAILURE -> PARTIAL_FAILURE;
            case REQUESTED, CANCELLED -> throw new IllegalArgumentException(status + " is never public");
        };
    }

    /** The LL2 precision of a NET; a quarter is numbered by the quarter its start falls in at the cosmodrome. */
    public static Code precision(Net net) {
        int id = switch (net.precision()) {
            case SECOND -> 0;
            case MINUTE -> 1;
            case HOUR -> 2;
            case DAY -> 5;
            case MONTH -> 7;
            case QUARTER -> {
                ZonedDateTime local = net.at().atZone(NetPrecision.SITE_TIME);
                yield 8 + (local.getMonthValue() - 1) / 3;
            }
            case YEAR -> 14;
        };
        return NET_PRECISIONS.stream().filter(code -> code.id() == id).findFirst().orElseThrow();
    }

    /** The LL2 agency type of an organisation: state bodies are Government, the joint venture Multinational. */
    public static Code agencyType(OrganizationKind kind) {
        return switch (kind) {
            case HOST_AUTHORITY, LESSEE, STATE_OPERATOR, NATIONAL_COMPANY -> new Code(1, "Government", "", "");
            case JOINT_VENTURE -> new Code(2, "Multinational", "", "");
            case LAUNCH_PROVIDER, MANUFACTURER, SATELLITE_OPERATOR -> new Code(3, "Commercial", "", "");
        };
    }
}

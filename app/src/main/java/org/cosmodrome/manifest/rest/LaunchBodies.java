package org.cosmodrome.manifest.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.cosmodrome.manifest.Launch;
import org.cosmodrome.manifest.LaunchDraft;
import org.cosmodrome.manifest.LaunchSight;
import org.cosmodrome.manifest.LaunchStatus;
import org.cosmodrome.manifest.LaunchWindow;
import org.cosmodrome.manifest.NamedOrbit;
import org.cosmodrome.manifest.Net;
import org.cosmodrome.manifest.NetChange;
import org.cosmodrome.manifest.NetChangeKind;
import org.cosmodrome.manifest.NetPrecision;
import org.cosmodrome.manifest.Orbit;
import org.cosmodrome.manifest.PriorityClass;
import org.cosmodrome.manifest.ReasonCode;
import org.cosmodrome.organizations.OrganizationId;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.sites.PadId;
import org.cosmodrome.vehicles.VehicleId;

/** The request and response records of the manifest API, and their translation to the module's own. */
final class LaunchBodies {

    private LaunchBodies() {
    }

    /** A target orbit: {@code named}, or a custom {@code inclination} (degrees) and {@code altitudeKm}. */
    record OrbitBody(NamedOrbit named, Double inclination, Double altitudeKm) {

        Orbit toOrbit() {
            if (named != null) {
                return new Orbit(named, named.inclination(), altitudeKm);
            }
            if (inclination == null) {
                throw new InvalidField("orbit.inclination", "launch.orbit.required",
                        "orbit needs a named orbit (ISS, GLONASS, SSO, GTO) or an inclination");
            }
            return Orbit.custom(inclination, altitudeKm);
        }
    }

    /** A launch request as a tenant sends it; the same body asks "where can this fit". */
    record DraftBody(
            @Schema(description = "id to give the request; made from the mission when absent")
            @Size(max = 60) String id,
            @Schema(description = "the tenant; the caller's own organisation when absent (only the operator names"
                    + " another)") String organization,
            @NotBlank @Size(max = 200) String mission,
            @NotBlank @Size(max = 500) String payload,
            @NotNull @Positive Double payloadMassKg,
            @NotBlank String vehicle,
            @NotNull @Valid OrbitBody orbit,
            @NotNull LocalDate earliest,
            @NotNull LocalDate latest,
            @Schema(description = "inside the window; the earliest day when absent") LocalDate desired,
            @NotNull PriorityClass priority,
            @Schema(description = "a pad the launch must use, e.g. 31-6") String fixedPad) {

        LaunchDraft toDraft() {
            return new LaunchDraft(
                    blank(organization) ? null : field("organization", () -> OrganizationId.of(organization.strip())),
                    mission, payload, payloadMassKg, field("vehicle", () -> VehicleId.of(vehicle.strip())),
                    orbit.toOrbit(), new LaunchWindow(earliest, latest, desired), priority,
                    blank(fixedPad) ? null : field("fixedPad", () -> PadId.of(fixedPad.strip())));
        }
    }

    record StatusChangeBody(@NotNull LaunchStatus to, @NotNull ReasonCode reason, @Size(max = 2000) String note) {
    }

    record NetBody(
            @Schema(description = "an instant (2027-04-01T09:27:00Z) or a day at the cosmodrome (2027-04-01)")
            @NotBlank String net,
            @NotNull NetPrecision precision,
            @NotNull ReasonCode reason) {

        Net toNet() {
            String text = net.strip();
            try {
                Instant at = text.length() == 10 ? NetPrecision.startOf(LocalDate.parse(text)) : Instant.parse(text);
                return new Net(at, precision);
            } catch (DateTimeParseException e) {
                throw new InvalidField("net", "launch.net.malformed",
                        "net must be an instant (2027-04-01T09:27:00Z) or a day (2027-04-01), was '" + net + "'");
            }
        }
    }

    /** @param text the NET to its precision only, e.g. {@code 2027-Q2} */
    record NetView(Instant at, NetPrecision precision, String text) {
        static NetView of(Net net) {
            return net == null ? null : new NetView(net.at(), net.precision(), net.iso());
        }
    }

    record OrbitView(NamedOrbit named, double inclination, Double altitudeKm) {
    }

    /**
     * A launch. {@code visibility} PUBLIC carries only the public manifest's fields (mission, vehicle, pad, NET,
     * status); FULL adds the tenant's private ones.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LaunchView(String id, String visibility, String mission, String vehicle, String pad, NetView net,
            LaunchStatus status, String organization, String payload, Double payloadMassKg, OrbitView orbit,
            LocalDate earliest, LocalDate latest, LocalDate desired, PriorityClass priority, String fixedPad,
            LocalDate scheduledDate, ReasonCode statusReason, List<String> explanation,
            List<LaunchStatus> allowedTransitions, Integer version) {

        static LaunchView of(LaunchSight sight, List<LaunchStatus> allowed) {
            Launch l = sight.launch();
            String pad = l.scheduledPad() == null ? null : l.scheduledPad().value();
            if (sight instanceof LaunchSight.PublicOnly) {
                return new LaunchView(l.id().value(), "PUBLIC", l.mission(), l.vehicle().value(), pad,
                        NetView.of(l.net()), l.status(), null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null);
            }
            return new LaunchView(l.id().value(), "FULL", l.mission(), l.vehicle().value(), pad, NetView.of(l.net()),
                    l.status(), l.organization().value(), l.payload(), l.payloadMassKg(),
                    new OrbitView(l.orbit().named(), l.orbit().inclination(), l.orbit().altitudeKm()),
                    l.window().earliest(), l.window().latest(), l.window().desired(), l.priority(),
                    l.fixedPad() == null ? null : l.fixedPad().value(), l.scheduledDate(), l.statusReason(),
                    l.explanation(), allowed, l.version());
        }
    }

    record NetChangeView(NetView from, NetView to, NetChangeKind kind, ReasonCode reason, Instant recordedAt,
            String recordedBy) {
        static NetChangeView of(NetChange c) {
            return new NetChangeView(NetView.of(c.from()), NetView.of(c.to()), c.kind(), c.reason(), c.recordedAt(),
                    c.recordedBy());
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static <T> T field(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidField malformed) {
            throw new InvalidField(field, malformed.code(), field + ": " + malformed.getMessage());
        }
    }
}

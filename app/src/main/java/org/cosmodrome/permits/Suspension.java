package org.cosmodrome.permits;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A suspension of launches by the host state. In force from {@code start} (inclusive) while {@code ACTIVE}; when
 * {@code plannedEnd} is given it stops at the end of that day even if nobody lifts it. It lifts when every lifting
 * condition is met or when the authority lifts it.
 *
 * @param family the vehicle family of the catalogue for {@link SuspensionScope#FAMILY}, such as {@code UR-500/Proton};
 *        else {@code null}
 * @param pad the pad's id for {@link SuspensionScope#PAD}, such as {@code 81-24}; else {@code null}
 * @param plannedEnd the last day (inclusive), or {@code null} until lifted
 * @param imposedBy the organisation that imposed it, or {@code null}
 * @param incident the incident that caused it, or {@code null}
 * @param liftedAt when it was lifted, {@code null} while active; {@code liftedBy} and {@code liftReason} likewise
 */
public record Suspension(String id, SuspensionScope scope, String family, String pad, LocalDate start,
        LocalDate plannedEnd, String reason, String imposedBy, String incident, Status status,
        List<LiftingCondition> conditions, Instant liftedAt, String liftedBy, String liftReason, Instant recordedAt,
        String recordedBy) {

    /** Days at the cosmodrome: a suspension imposed at an instant starts on that day here. */
    public static final ZoneId SITE_TIME = ZoneId.of("Asia/Qyzylorda");

    public enum Status { ACTIVE, LIFTED }

    public Suspension {
        conditions = List.copyOf(conditions);
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    /** Whether it has conditions and every one is met. */
    public boolean allConditionsMet() {
        return !conditions.isEmpty() && conditions.stream().allMatch(LiftingCondition::met);
    }

    /** What it stops, in words, e.g. {@code UR-500/Proton family}, {@code pad 81-24}, {@code the whole site}. */
    public String subject() {
        return switch (scope) {
            case FAMILY -> family + " family";
            case PAD -> "pad " + pad;
            case SITE -> "the whole site";
        };
    }
}

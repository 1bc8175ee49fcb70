package org.cosmodrome.permits;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.cosmodrome.incidents.IncidentId;
import org.cosmodrome.incidents.Incidents;
import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.ReferenceData;
import org.cosmodrome.platform.ReferenceDataLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads {@code suspensions.json} of the data set: the host state's past suspensions (1999, 2007, 2013), each already
 * lifted, with its conditions ticked off with the evidence the sources give, each record once and never over an edit
 * made through the app. Loading publishes neither {@link SuspensionImposed} nor {@link SuspensionLifted}: history
 * must not re-plan the manifest, and a lifted suspension is not in force.
 * <p>
 * A day of the data set becomes noon at the cosmodrome ({@link Suspension#SITE_TIME}) where an instant is stored
 * (lifted, condition met), so it shows as the same day in any time zone within six hours of the site's. The sources
 * of each date and each piece of evidence are kept in the ledger entry and appended to the evidence and the lifting
 * reason.
 */
@Component
@Order(70)
class SuspensionDataSet implements ReferenceDataLoader {

    static final String FILE = "suspensions.json";

    private static final Logger log = LoggerFactory.getLogger(SuspensionDataSet.class);

    private final ReferenceData referenceData;
    private final Suspensions suspensions;
    private final SuspensionAuthority authority;
    private final Incidents incidents;
    private final Ledger ledger;
    private final CurrentActor currentActor;
    private final Clock clock;

    SuspensionDataSet(ReferenceData referenceData, Suspensions suspensions, SuspensionAuthority authority,
            Incidents incidents, Ledger ledger, CurrentActor currentActor, Clock clock) {
        this.referenceData = referenceData;
        this.suspensions = suspensions;
        this.authority = authority;
        this.incidents = incidents;
        this.ledger = ledger;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    record DataSet(List<SuspensionRecord> suspensions) {
    }

    /**
     * A condition of a past suspension: met when {@code evidence} is given, on {@code metOn} or else on the day the
     * suspension was lifted; open otherwise.
     */
    record ConditionRecord(ConditionKind kind, String description, String evidence, LocalDate metOn,
            List<String> sources) {
    }

    /**
     * A past suspension, lifted on {@code lifted}.
     *
     * @param end its last day (inclusive) when the sources give one, else {@code null}
     */
    record SuspensionRecord(String id, SuspensionScope scope, String family, String pad, LocalDate start,
            String startNote, List<String> startSources, LocalDate end, String endNote, List<String> endSources,
            String reason, String imposedBy, String incident, List<ConditionRecord> conditions, LocalDate lifted,
            String liftedNote, String liftReason, List<String> liftSources) {
    }

    @Override
    @Transactional
    public void load() {
        referenceData.lock();
        DataSet data = referenceData.read(FILE, DataSet.class).get(0);
        String by = currentActor.get().user();
        int loaded = 0;
        for (SuspensionRecord record : data.suspensions()) {
            if (!referenceData.firstSighting("suspensions", record.id())) {
                continue;
            }
            if (suspensions.findById(record.id()).isPresent()) {
                log.warn("Data set suspension {} not loaded: that id was entered through the app", record.id());
                continue;
            }
            Suspension suspension = history(record, by, clock.instant());
            suspensions.insertLoaded(suspension);
            ledger.append("suspension.loaded", "suspension", record.id(), List.of(), record);
            loaded++;
        }
        if (loaded > 0) {
            log.info("Loaded {} past suspensions from the data set", loaded);
        }
    }

    /** The lifted suspension {@code record} describes, checked as an order through the app would be. */
    private Suspension history(SuspensionRecord record, String by, Instant now) {
        String family = record.scope() == SuspensionScope.FAMILY ? authority.checkedFamily(record.family()) : null;
        String pad = record.scope() == SuspensionScope.PAD ? authority.checkedPad(record.pad()) : null;
        if (record.start() == null || record.lifted() == null) {
            throw new InvalidField("start", "suspension.history.dates-required",
                    "past suspension " + record.id() + " needs its start and the day it was lifted");
        }
        if (record.lifted().isBefore(record.start()) || record.end() != null && record.end().isBefore(record.start())) {
            throw new InvalidField("lifted", "suspension.history.lifted-before-start",
                    "past suspension " + record.id() + " ends before it starts");
        }
        String incident = record.incident();
        if (incident != null && incidents.findById(IncidentId.of(incident)).isEmpty()) {
            log.warn("Data set suspension {} loaded without its incident {}, which is gone", record.id(), incident);
            incident = null;
        }
        Instant liftedAt = noonAtSite(record.lifted());
        List<LiftingCondition> conditions = new ArrayList<>();
        List<ConditionRecord> asked = record.conditions() == null ? List.of() : record.conditions();
        for (int i = 0; i < asked.size(); i++) {
            ConditionRecord c = asked.get(i);
            if (c.kind() == ConditionKind.OTHER && (c.description() == null || c.description().isBlank())) {
                throw new InvalidField("conditions[" + i + "].description",
                        "suspension.condition.description-required", "a condition of kind OTHER needs a description");
            }
            boolean met = c.evidence() != null && !c.evidence().isBlank();
            conditions.add(new LiftingCondition(i + 1, c.kind(), c.description(),
                    met ? noonAtSite(c.metOn() == null ? record.lifted() : c.metOn()) : null, met ? by : null,
                    met ? withSources(c.evidence(), c.sources()) : null));
        }
        String liftReason = withSources(record.liftReason() + (record.liftedNote() == null ? ""
                : " (" + record.liftedNote() + ")"), record.liftSources());
        return new Suspension(record.id(), record.scope(), family, pad, record.start(), record.end(),
                record.reason(), record.imposedBy(), incident, Suspension.Status.LIFTED, conditions, liftedAt, by,
                liftReason, now, by);
    }

    private static Instant noonAtSite(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(Suspension.SITE_TIME).toInstant();
    }

    private static String withSources(String text, List<String> sources) {
        return sources == null || sources.isEmpty() ? text : text + " Sources: " + String.join("; ", sources);
    }
}

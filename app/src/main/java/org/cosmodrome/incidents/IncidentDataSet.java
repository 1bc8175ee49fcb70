package org.cosmodrome.incidents;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.organizations.Money;
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
 * Loads {@code incidents.json} of the data set: the past incidents, the samples taken after them and the claims with
 * their history, each record once and never over an edit made through the app. Loading publishes no
 * {@link IncidentRecorded}: a crash of 2007 must not suspend anything today.
 */
@Component
@Order(60)
class IncidentDataSet implements ReferenceDataLoader {

    private static final Logger log = LoggerFactory.getLogger(IncidentDataSet.class);

    private final ReferenceData referenceData;
    private final Incidents incidents;
    private final Claims claims;
    private final IncidentLog incidentLog;
    private final DamageClaims damageClaims;
    private final Ledger ledger;
    private final CurrentActor currentActor;
    private final Clock clock;

    IncidentDataSet(ReferenceData referenceData, Incidents incidents, Claims claims, IncidentLog incidentLog,
            DamageClaims damageClaims, Ledger ledger, CurrentActor currentActor, Clock clock) {
        this.referenceData = referenceData;
        this.incidents = incidents;
        this.claims = claims;
        this.incidentLog = incidentLog;
        this.damageClaims = damageClaims;
        this.ledger = ledger;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    record DataSet(List<IncidentRecord> incidents, List<SampleRecord> samples, List<ClaimRecord> claims) {
    }

    record IncidentRecord(String id, String title, IncidentKind kind, Instant occurredAt, String timeNote,
            Double latitude, Double longitude, String place, String vehicle, String vehicleFamily, String pad,
            List<PropellantMass> propellant, BigDecimal affectedAreaKm2, String narrative, String confidence,
            List<String> sources) {

        NewIncident toDraft() {
            return new NewIncident(IncidentId.of(id), title, kind, occurredAt, timeNote, latitude, longitude, place,
                    vehicle, vehicleFamily, pad, null, null, propellant, affectedAreaKm2, narrative, confidence, sources);
        }
    }

    record SampleRecord(String key, String incident, Double latitude, Double longitude, String place,
            LocalDate sampledOn, String dateNote, String medium, String substance, BigDecimal measured,
            BigDecimal limit, String unit, BigDecimal reportedExceedance, String note, List<String> sources) {
    }

    record ItemRecord(ClaimItemKind kind, String description, BigDecimal amount, String currency) {
    }

    record StepRecord(LocalDate on, String dateNote, String by, String what, List<String> sources) {
    }

    record SettlementRecord(BigDecimal amount, String currency, BigDecimal rate, LocalDate on, String note) {
    }

    record PaymentRecord(LocalDate on, String dateNote, String payer, BigDecimal amount, String currency,
            BigDecimal rate, String note, List<String> sources) {
    }

    record ClaimRecord(String id, String incident, String title, String claimant, String respondent, String currency,
            LocalDate filedOn, String dateNote, List<ItemRecord> items, String notes, String confidence,
            List<String> sources, List<StepRecord> steps, SettlementRecord settlement,
            List<PaymentRecord> payments) {
    }

    @Override
    @Transactional
    public void load() {
        referenceData.lock();
        DataSet data = referenceData.read("incidents.json", DataSet.class).get(0);
        String by = currentActor.get().user();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int loaded = 0;
        for (IncidentRecord record : data.incidents()) {
            if (referenceData.firstSighting("incidents", record.id())) {
                if (incidents.findById(IncidentId.of(record.id())).isPresent()) {
                    log.warn("Data set incident {} not loaded: that id was entered through the app", record.id());
                    continue;
                }
                Incident incident = incidentLog.check(record.toDraft(), now);
                incidents.insert(incident);
                ledger.append("incident.loaded", "incident", record.id(), List.of(), incident);
                loaded++;
            }
        }
        for (SampleRecord record : data.samples()) {
            if (referenceData.firstSighting("incident-samples", record.key())) {
                IncidentId incident = IncidentId.of(record.incident());
                if (incidents.findById(incident).isEmpty()) {
                    log.warn("Data set sample {} not loaded: its incident is gone", record.key());
                    continue;
                }
                ContaminationSample sample = incidentLog.checkSample(new ContaminationSample(null, incident,
                        record.latitude(), record.longitude(), record.place(), record.sampledOn(),
                        record.dateNote(), record.medium(), record.substance(), record.measured(), record.limit(),
                        record.unit(), record.reportedExceedance(), record.note(), orNone(record.sources()), by, now),
                        now);
                incidents.insert(sample);
                ledger.append("sample.loaded", "incident", record.incident(), List.of(), sample);
                loaded++;
            }
        }
        for (ClaimRecord record : data.claims()) {
            if (referenceData.firstSighting("claims", record.id())) {
                if (claims.findById(ClaimId.of(record.id())).isPresent()) {
                    log.warn("Data set claim {} not loaded: that id was entered through the app", record.id());
                    continue;
                }
                Claim claim = history(record, by, now);
                claims.insert(claim);
                ledger.append("claim.loaded", "claim", record.id(), claim.parties(), claim);
                loaded++;
            }
        }
        if (loaded > 0) {
            log.info("Loaded {} incidents, samples and claims from the data set", loaded);
        }
    }

    /** The claim with its steps, settlement and payments, each checked by the rules a change through the app obeys. */
    private Claim history(ClaimRecord record, String by, Instant now) {
        Claim claim = damageClaims.check(new NewClaim(ClaimId.of(record.id()), IncidentId.of(record.incident()),
                record.title(), record.claimant(), record.respondent(), record.currency(), record.filedOn(),
                record.dateNote(), orNone(record.items()).stream().map(i -> new ClaimItem(i.kind(), i.description(),
                        new Money(i.amount(), i.currency()))).toList(), record.notes(), record.confidence(),
                orNone(record.sources())), by, now, true);
        for (StepRecord step : orNone(record.steps())) {
            if (!claim.parties().contains(step.by())) {
                throw new InvalidField("steps.by", "claim.step.not-a-party", "step by '" + step.by()
                        + "' of claim " + record.id() + " is not a party");
            }
            claim = claim.with(new NegotiationStep(step.on(), step.dateNote(), step.by(), step.what(),
                    orNone(step.sources()), by, now));
        }
        if (record.settlement() != null) {
            SettlementRecord s = record.settlement();
            Settlement settlement = new Settlement(new Money(s.amount(), s.currency()), s.rate(), s.on(), s.note());
            claim.refuseSettlement(settlement).ifPresent(refusal -> {
                throw refusal.toException();
            });
            claim = claim.with(settlement);
        }
        for (PaymentRecord p : orNone(record.payments())) {
            Payment payment = new Payment(p.on(), p.dateNote(), p.payer(), new Money(p.amount(), p.currency()),
                    p.rate(), p.note(), orNone(p.sources()), by, now);
            claim.refusePayment(payment).ifPresent(refusal -> {
                throw refusal.toException();
            });
            claim = claim.with(payment);
        }
        return claim;
    }

    private static <T> List<T> orNone(List<T> list) {
        return list == null ? List.of() : list;
    }
}

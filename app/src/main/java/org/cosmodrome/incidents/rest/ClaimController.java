package org.cosmodrome.incidents.rest;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cosmodrome.incidents.Claim;
import org.cosmodrome.incidents.ClaimId;
import org.cosmodrome.incidents.ClaimItem;
import org.cosmodrome.incidents.ClaimItemKind;
import org.cosmodrome.incidents.Claims;
import org.cosmodrome.incidents.DamageClaims;
import org.cosmodrome.incidents.IncidentId;
import org.cosmodrome.incidents.NegotiationStep;
import org.cosmodrome.incidents.NewClaim;
import org.cosmodrome.incidents.Payment;
import org.cosmodrome.incidents.Settlement;
import org.cosmodrome.organizations.Money;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.Page;
import org.cosmodrome.platform.PageQuery;
import org.cosmodrome.platform.RecordNotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/claims")
@Tag(name = "Damage claims", description = "Claims for the damage of incidents, visible to their two parties and to "
        + "those who read everything: assessments side by side, negotiation, settlement, payments, outstanding amount")
class ClaimController {

    private final Claims claims;
    private final DamageClaims damageClaims;
    private final CurrentActor currentActor;

    ClaimController(Claims claims, DamageClaims damageClaims, CurrentActor currentActor) {
        this.claims = claims;
        this.damageClaims = damageClaims;
        this.currentActor = currentActor;
    }

    record MoneyBody(@NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal amount,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency) {

        Money toMoney() {
            return new Money(amount, currency);
        }
    }

    record ItemBody(@NotNull ClaimItemKind kind, @Size(max = 2000) String description,
            @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal amount,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency) {

        ClaimItem toItem() {
            return new ClaimItem(kind, description, new Money(amount, currency));
        }
    }

    record ClaimBody(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,80}",
                    message = "must be 1-81 lowercase letters, digits and dashes") String id,
            @NotBlank String incident,
            @NotBlank @Size(max = 300) String title,
            @NotBlank String claimant,
            @NotBlank String respondent,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as KZT") String currency,
            LocalDate filedOn,
            @NotEmpty List<@Valid @NotNull ItemBody> items,
            @Size(max = 8000) String notes,
            List<@NotBlank String> sources) {

        NewClaim toDraft() {
            IncidentId incidentId;
            try {
                incidentId = IncidentId.of(incident);
            } catch (RuntimeException malformed) {
                throw new InvalidField("incident", "claim.incident.unknown", "incident '" + incident
                        + "' does not exist");
            }
            return new NewClaim(ClaimId.of(id), incidentId, title, claimant, respondent, currency, filedOn, null,
                    items.stream().map(ItemBody::toItem).toList(), notes, null, sources);
        }
    }

    record CounterBody(@NotEmpty List<@Valid @NotNull ItemBody> items, @Size(max = 4000) String note) {
    }

    record StepBody(@NotNull LocalDate on, @NotBlank @Size(max = 4000) String what) {
    }

    /** @param rate units of the claim's currency per unit of {@code amount}'s; omit when they are the same */
    record SettlementBody(@NotNull @Valid MoneyBody amount, @DecimalMin(value = "0", inclusive = false) BigDecimal rate,
            LocalDate on, @Size(max = 4000) String note) {
    }

    /**
     * @param payer organisation id of who paid; the respondent when omitted
     * @param rate the exchange rate of {@code on}: units of the claim's currency per unit of {@code amount}'s; omit
     *        when they are the same
     */
    record PaymentBody(@NotNull LocalDate on, String payer, @NotNull @Valid MoneyBody amount,
            @DecimalMin(value = "0", inclusive = false) BigDecimal rate, @Size(max = 4000) String note) {
    }

    record SettlementView(Money amount, BigDecimal rate, BigDecimal inClaimCurrency, LocalDate on, String note) {
    }

    record PaymentView(LocalDate on, String dateNote, String payer, Money amount, BigDecimal rate,
            BigDecimal inClaimCurrency, String note, List<String> sources, String recordedBy, Instant recordedAt) {
    }

    /**
     * A claim with its sums, all in {@code currency}: {@code claimed} (the claimant's assessment),
     * {@code counterAssessed} (the respondent's, {@code null} until given), {@code due} (the settlement once settled,
     * else the claimed amount), {@code paid} (payments at their day's rates) and {@code outstanding} (due minus paid).
     */
    record ClaimView(String id, String incident, String title, String claimant, String respondent, String currency,
            LocalDate filedOn, String dateNote, List<ClaimItem> items, List<ClaimItem> counterItems,
            LocalDate counteredOn, String counterNote, List<NegotiationStep> steps, SettlementView settlement,
            List<PaymentView> payments, Money claimed, Money counterAssessed, Money due, Money paid,
            Money outstanding, String notes, String confidence, List<String> sources, int version) {

        static ClaimView of(Claim c) {
            Settlement s = c.settlement();
            return new ClaimView(c.id().value(), c.incident().value(), c.title(), c.claimant(), c.respondent(),
                    c.currency(), c.filedOn(), c.dateNote(), c.items(), c.counterItems(), c.counteredOn(),
                    c.counterNote(), c.steps(),
                    s == null ? null : new SettlementView(s.amount(), s.rate(), s.inClaimCurrency(), s.on(), s.note()),
                    c.payments().stream().map(ClaimView::view).toList(), c.claimed(), c.counterAssessed(), c.due(),
                    c.paid(), c.outstanding(), c.notes(), c.confidence(), c.sources(), c.version());
        }

        private static PaymentView view(Payment p) {
            return new PaymentView(p.on(), p.dateNote(), p.payer(), p.amount(), p.rate(), p.inClaimCurrency(),
                    p.note(), p.sources(), p.recordedBy(), p.recordedAt());
        }
    }

    @GetMapping
    @Operation(summary = "List the claims the caller may read", description = "In order of filing.")
    Page<ClaimView> list(@Parameter(description = "only the claims over this incident")
            @RequestParam(required = false) String incident,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageQuery.DEFAULT_SIZE) int size) {
        IncidentId incidentId;
        try {
            incidentId = incident == null || incident.isBlank() ? null : IncidentId.of(incident);
        } catch (RuntimeException malformed) {
            throw new InvalidField("incident", "incident.id.malformed", "incident must be an incident id, was '"
                    + incident + "'");
        }
        return claims.find(new Claims.Filter(incidentId, currentActor.get()), new PageQuery(page, size))
                .map(ClaimView::of);
    }

    @GetMapping("/{id}")
    ClaimView get(@PathVariable String id) {
        return ClaimView.of(damageClaims.find(parse(id), currentActor.get())
                .orElseThrow(() -> new RecordNotFound("claim", id)));
    }

    @PostMapping
    @Operation(summary = "File a claim", description = "Host authority only.")
    ResponseEntity<ClaimView> create(@Valid @RequestBody ClaimBody body) {
        Claim claim = damageClaims.file(body.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/claims/" + claim.id().value())).body(ClaimView.of(claim));
    }

    @PutMapping("/{id}/counter-assessment")
    @Operation(summary = "Give the respondent's counter-assessment", description = "Replaces an earlier one.")
    ClaimView counter(@PathVariable String id, @Valid @RequestBody CounterBody body) {
        return ClaimView.of(damageClaims.counter(parse(id), body.items().stream().map(ItemBody::toItem).toList(),
                body.note()));
    }

    @PostMapping("/{id}/steps")
    @Operation(summary = "Record a negotiation step", description = "Taken by the side the caller speaks for.")
    ClaimView step(@PathVariable String id, @Valid @RequestBody StepBody body) {
        return ClaimView.of(damageClaims.addStep(parse(id), body.on(), body.what()));
    }

    @PutMapping("/{id}/settlement")
    @Operation(summary = "Settle the claim")
    ClaimView settle(@PathVariable String id, @Valid @RequestBody SettlementBody body) {
        return ClaimView.of(damageClaims.settle(parse(id), body.amount().toMoney(), body.rate(), body.on(),
                body.note()));
    }

    @PostMapping("/{id}/payments")
    @Operation(summary = "Record a payment", description = "In any currency, with the exchange rate of its day.")
    ClaimView pay(@PathVariable String id, @Valid @RequestBody PaymentBody body) {
        return ClaimView.of(damageClaims.pay(parse(id), body.on(), body.payer(), body.amount().toMoney(), body.rate(),
                body.note()));
    }

    private static ClaimId parse(String id) {
        try {
            return ClaimId.of(id);
        } catch (RuntimeException malformed) {
            throw new RecordNotFound("claim", id);
        }
    }
}

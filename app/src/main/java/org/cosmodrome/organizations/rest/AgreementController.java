package org.cosmodrome.organizations.rest;

import java.math.BigDecimal;
import java.net.URI;
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
import org.cosmodrome.organizations.Agreement;
import org.cosmodrome.organizations.AgreementDraft;
import org.cosmodrome.organizations.AgreementId;
import org.cosmodrome.organizations.AgreementKind;
import org.cosmodrome.organizations.AgreementRegistry;
import org.cosmodrome.organizations.AgreementStatus;
import org.cosmodrome.organizations.AgreementVisibility;
import org.cosmodrome.organizations.Agreements;
import org.cosmodrome.organizations.Money;
import org.cosmodrome.organizations.OrganizationId;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.IfMatch;
import org.cosmodrome.platform.Page;
import org.cosmodrome.platform.PageQuery;
import org.cosmodrome.platform.RecordNotFound;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/agreements")
@Tag(name = "Agreements", description = "Leases, intergovernmental agreements and contracts between parties")
class AgreementController {

    private final Agreements agreements;
    private final AgreementRegistry registry;
    private final CurrentActor currentActor;

    AgreementController(Agreements agreements, AgreementRegistry registry, CurrentActor currentActor) {
        this.agreements = agreements;
        this.registry = registry;
        this.currentActor = currentActor;
    }

    record MoneyBody(@NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal amount,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency) {
    }

    record AgreementBody(
            @NotBlank @Size(max = 300) String title,
            @NotNull AgreementKind kind,
            @NotNull AgreementStatus status,
            AgreementVisibility visibility,
            @NotEmpty List<@NotBlank String> parties,
            LocalDate signedOn,
            LocalDate effectiveFrom,
            LocalDate expiresOn,
            @Size(max = 1000) String dateNote,
            @Valid MoneyBody annualPayment,
            @Size(max = 8000) String terms,
            @Size(max = 8000) String notes,
            @Size(max = 200) String confidence,
            List<@NotBlank String> sources) {

        AgreementDraft toDraft() {
            return new AgreementDraft(title, kind, status, visibility, java.util.stream.IntStream.range(0, parties.size())
                    .mapToObj(i -> {
                        try {
                            return OrganizationId.of(parties.get(i));
                        } catch (RuntimeException e) {
                            throw new org.cosmodrome.platform.InvalidField("parties[" + i + "]",
                                    "agreement.party.unknown",
                                    "parties[" + i + "] '" + parties.get(i) + "' is not a known organisation");
                        }
                    }).toList(), signedOn, effectiveFrom, expiresOn, dateNote,
                    annualPayment == null ? null : new Money(annualPayment.amount(), annualPayment.currency()),
                    terms, notes, confidence, sources);
        }
    }

    record NewAgreementBody(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,80}",
                    message = "must be 1-81 lowercase letters, digits and dashes") String id,
            @NotNull @Valid AgreementBody agreement) {
    }

    record AgreementView(String id, String title, AgreementKind kind, AgreementStatus status,
            AgreementVisibility visibility, List<String> parties,
            LocalDate signedOn, LocalDate effectiveFrom, LocalDate expiresOn, String dateNote, Money annualPayment,
            String terms, String notes, String confidence, List<String> sources, int version) {

        static AgreementView of(Agreement a) {
            return new AgreementView(a.id().value(), a.title(), a.kind(), a.status(), a.visibility(),
                    a.parties().stream().map(OrganizationId::value).toList(), a.signedOn(), a.effectiveFrom(),
                    a.expiresOn(), a.dateNote(), a.annualPayment(), a.terms(), a.notes(), a.confidence(),
                    a.sources(), a.version());
        }
    }

    @GetMapping
    @Operation(summary = "List agreements", description = "In order of signature.")
    Page<AgreementView> list(
            @Parameter(description = "organisation id of a party") @RequestParam(required = false) String party,
            @RequestParam(required = false) AgreementKind kind,
            @RequestParam(required = false) AgreementStatus status,
            @Parameter(description = "only agreements in force on this day")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inForceOn,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageQuery.DEFAULT_SIZE) int size) {
        OrganizationId partyId;
        try {
            partyId = party == null || party.isBlank() ? null : OrganizationId.of(party);
        } catch (RuntimeException malformed) {
            throw new org.cosmodrome.platform.InvalidField("party", "organization.id.malformed",
                    "party must be an organisation id, was '" + party + "'");
        }
        return agreements.find(new Agreements.Filter(partyId, kind, status, inForceOn, currentActor.get()), new PageQuery(page, size))
                .map(AgreementView::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<AgreementView> get(@PathVariable String id) {
        Agreement agreement = registry.find(parse(id), currentActor.get())
                .orElseThrow(() -> new RecordNotFound("agreement", id));
        return ResponseEntity.ok().eTag(Integer.toString(agreement.version())).body(AgreementView.of(agreement));
    }

    @PostMapping
    @Operation(summary = "Record an agreement")
    ResponseEntity<AgreementView> create(@Valid @RequestBody NewAgreementBody body) {
        Agreement agreement = registry.register(AgreementId.of(body.id()), body.agreement().toDraft());
        return ResponseEntity.created(URI.create("/api/v1/agreements/" + agreement.id().value()))
                .eTag(Integer.toString(agreement.version())).body(AgreementView.of(agreement));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Revise an agreement", description = "Send If-Match with the ETag last read.")
    ResponseEntity<AgreementView> replace(@PathVariable String id, @Valid @RequestBody AgreementBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Agreement agreement = registry.revise(parse(id), body.toDraft(), IfMatch.version(ifMatch));
        return ResponseEntity.ok().eTag(Integer.toString(agreement.version())).body(AgreementView.of(agreement));
    }

    private static AgreementId parse(String id) {
        try {
            return AgreementId.of(id);
        } catch (RuntimeException malformed) {
            throw new RecordNotFound("agreement", id);
        }
    }
}

package org.cosmodrome.finance.rest;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cosmodrome.finance.Currency;
import org.cosmodrome.finance.Programme;
import org.cosmodrome.finance.ProgrammePayments;
import org.cosmodrome.finance.Programmes;
import org.cosmodrome.platform.RecordNotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/programmes")
@Tag(name = "Programmes", description = "Capital programmes (Baiterek): budget lines by party, pledges, milestones "
        + "with planned and actual days, payments, commitments and the planned-versus-actual S-curve; read by "
        + "signed-in users, payments and commitments recorded by the spaceport operator and the host authority")
class ProgrammeController {

    private final Programmes programmes;
    private final ProgrammePayments payments;

    ProgrammeController(Programmes programmes, ProgrammePayments payments) {
        this.programmes = programmes;
        this.payments = payments;
    }

    @GetMapping("/{id}")
    @Operation(summary = "A programme", description = "Lines with budget, committed, paid and remaining; totals as "
            + "each source states them, pledges, milestones (slip in days), payments, commitments and cumulative "
            + "planned and actual spend per month.")
    Programme get(@PathVariable String id) {
        return programmes.find(id).orElseThrow(() -> new RecordNotFound("programme", id));
    }

    record PaymentBody(String line, BigDecimal amount, Currency currency, LocalDate date, String documentRef,
            String description) {
    }

    record CommitmentBody(String line, BigDecimal amount, Currency currency, LocalDate date, String counterparty,
            String documentRef) {
    }

    @PostMapping("/{id}/payments")
    @Operation(summary = "Record a payment against a budget line (operator, host authority)", description = "Posts "
            + "a balanced PAYMENT transaction to the journal. The amount is positive, in the programme's currency "
            + "(another currency is refused, not converted: 400 `currency`), with at most its decimals (400 "
            + "`amount`); the date is not in the future (400 `date`); an unknown line is 400 `line`. Payments never "
            + "exceed the line's budget (409 `programme.line.over-budget`); a document reference already recorded "
            + "for the programme is 409 `programme.payment.document-recorded` (no replay).")
    ResponseEntity<Programme.Payment> pay(@PathVariable String id, @RequestBody PaymentBody body) {
        Programme.Payment payment = payments.pay(id, new ProgrammePayments.NewPayment(body.line(), body.amount(),
                body.currency(), body.date(), body.documentRef(), body.description()));
        return ResponseEntity.created(URI.create("/api/v1/journal/" + payment.journalTransaction())).body(payment);
    }

    @PostMapping("/{id}/commitments")
    @Operation(summary = "Record a commitment against a budget line (operator, host authority)", description =
            "Posts a balanced COMMITMENT transaction to the journal. Same rules as payments; commitments never exceed"
                    + " the line's budget (409 `programme.line.over-committed`); a document reference already "
                    + "recorded is 409 `programme.commitment.document-recorded`; `counterparty` is required.")
    ResponseEntity<Programme.Commitment> commit(@PathVariable String id, @RequestBody CommitmentBody body) {
        Programme.Commitment commitment = payments.commit(id, new ProgrammePayments.NewCommitment(body.line(),
                body.amount(), body.currency(), body.date(), body.counterparty(), body.documentRef()));
        return ResponseEntity.created(URI.create("/api/v1/journal/" + commitment.journalTransaction()))
                .body(commitment);
    }
}

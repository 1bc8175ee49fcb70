package org.cosmodrome.finance.rest;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.cosmodrome.finance.Arrears;
import org.cosmodrome.finance.Conversion;
import org.cosmodrome.finance.Currency;
import org.cosmodrome.finance.FinanceExports;
import org.cosmodrome.finance.JournalTransaction;
import org.cosmodrome.finance.Money;
import org.cosmodrome.finance.Receivables;
import org.cosmodrome.finance.Statement;
import org.cosmodrome.platform.AccessDenied;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.Role;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Receivables", description = "Charges, payments and in-kind settlements of what parties owe; statements"
        + " of account and arrears with ageing, each party seeing only its own")
class ReceivableController {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final Receivables receivables;
    private final CurrentActor currentActor;
    private final java.time.Clock clock;

    ReceivableController(Receivables receivables, CurrentActor currentActor, java.time.Clock clock) {
        this.receivables = receivables;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** An amount: a decimal string or number with at most two decimals. */
    record ChargeBody(@NotBlank @Size(max = 200) String agreement,
            @NotNull @Positive @Digits(integer = 15, fraction = 2) BigDecimal amount, @NotNull Currency currency,
            @NotNull LocalDate date, @NotNull LocalDate dueDate, @Size(max = 1000) String description,
            @Size(max = 200) String documentRef) {
    }

    record PaymentBody(@NotBlank @Size(max = 200) String agreement,
            @NotNull @Positive @Digits(integer = 15, fraction = 2) BigDecimal amount, @NotNull Currency currency,
            @NotNull LocalDate date, @Size(max = 200) String documentRef) {
    }

    /** @param actReference the agreed act that values the goods or services: required */
    record InKindBody(@NotBlank @Size(max = 200) String agreement,
            @NotNull @Positive @Digits(integer = 15, fraction = 2) BigDecimal amount, @NotNull Currency currency,
            @NotNull LocalDate date, @NotBlank @Size(max = 200) String actReference) {
    }

    record PostingView(String account, BigDecimal amount, Currency currency) {
    }

    record TransactionView(String id, String kind, LocalDate entryDate, LocalDate dueDate, String description,
            String documentRef, String agreement, List<PostingView> postings) {
        static TransactionView of(JournalTransaction t) {
            return new TransactionView(t.id(), t.kind().name(), t.entryDate(), t.dueDate(), t.description(),
                    t.documentRef(), t.agreement(), t.postings().stream().map(p -> new PostingView(p.accountId(),
                            p.amount().amount(), p.amount().currency())).toList());
        }
    }

    record ConversionView(BigDecimal amount, Currency currency, BigDecimal rate, LocalDate rateDate, String source) {
        static ConversionView of(Conversion c) {
            return c == null ? null : new ConversionView(c.to().amount(), c.to().currency(), c.rate(), c.rateDate(),
                    c.source());
        }
    }

    record LineView(LocalDate date, String transaction, String kind, String agreement, String description,
            String documentRef, LocalDate dueDate, BigDecimal amount, BigDecimal balance) {
    }

    record StatementView(String party, String agreement, Currency currency, LocalDate from, LocalDate to,
            BigDecimal opening, List<LineView> lines, BigDecimal closing, List<String> notes,
            ConversionView openingConverted, ConversionView closingConverted) {
        static StatementView of(Statement s) {
            return new StatementView(s.party(), s.agreement(), s.currency(), s.from(), s.to(), s.opening().amount(),
                    s.lines().stream().map(l -> new LineView(l.date(), l.transaction(), l.kind().name(),
                            l.agreement(), l.description(), l.documentRef(), l.dueDate(), l.amount().amount(),
                            l.balance().amount())).toList(),
                    s.closing().amount(), s.notes(), ConversionView.of(s.openingConverted()),
                    ConversionView.of(s.closingConverted()));
        }
    }

    record ArrearsView(String party, String agreement, Currency currency, LocalDate asOf, BigDecimal notDue,
            BigDecimal days0to30, BigDecimal days31to90, BigDecimal days91to365, BigDecimal over365,
            BigDecimal overdue, BigDecimal credit) {
        static ArrearsView of(Arrears a) {
            return new ArrearsView(a.party(), a.agreement(), a.currency(), a.asOf(), a.notDue().amount(),
                    a.upTo30().amount(), a.upTo90().amount(), a.upTo365().amount(), a.over365().amount(),
                    a.overdue().amount(), a.credit().amount());
        }
    }

    @GetMapping("/statements/{party}")
    @Operation(summary = "A party's statements of account, one per currency",
            description = "Opening balance, every charge, payment, in-kind settlement, write-off and correction with"
                    + " the running balance, and the closing balance, in the account's currency. With currency, the"
                    + " opening and closing balances are also converted, showing the rate and its day.")
    List<StatementView> statement(@PathVariable String party, @RequestParam(required = false) String agreement,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Currency currency) {
        checkReads(party);
        return receivables.statements(party, blankToNull(agreement), from, to, currency).stream()
                .map(StatementView::of).toList();
    }

    @GetMapping(value = "/statements/{party}.csv", produces = "text/csv")
    @Operation(summary = "A party's statements of account as CSV (RFC 4180)")
    ResponseEntity<String> statementCsv(@PathVariable String party,
            @RequestParam(required = false) String agreement,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        checkReads(party);
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"statement-" + party + ".csv\"")
                .body(FinanceExports.statements(party, receivables.statements(party, blankToNull(agreement), from, to,
                        null)));
    }

    @GetMapping("/arrears")
    @Operation(summary = "Arrears per party, agreement and currency, aged by days past due",
            description = "Buckets 0-30, 31-90, 91-365 and 365+ days past due as of asOf (today when omitted);"
                    + " credits are allocated to the oldest due charges first. A party sees only its own.")
    List<ArrearsView> arrears(@RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return visibleArrears(asOf).stream().map(ArrearsView::of).toList();
    }

    @GetMapping(value = "/arrears.csv", produces = "text/csv")
    @Operation(summary = "Arrears as CSV (RFC 4180)")
    ResponseEntity<String> arrearsCsv(@RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"arrears.csv\"")
                .body(FinanceExports.arrears(visibleArrears(asOf)));
    }

    @PostMapping("/receivables/{party}/charges")
    @Operation(summary = "Charge a party under an agreement")
    ResponseEntity<TransactionView> charge(@PathVariable String party, @Valid @RequestBody ChargeBody body) {
        checkWrites(body.agreement());
        return created(party, receivables.charge(party, body.agreement(), Money.of(body.amount(), body.currency()),
                body.date(), body.dueDate(), body.description(), body.documentRef()));
    }

    @PostMapping("/receivables/{party}/payments")
    @Operation(summary = "Record a payment, full or partial")
    ResponseEntity<TransactionView> payment(@PathVariable String party, @Valid @RequestBody PaymentBody body) {
        checkWrites(body.agreement());
        return created(party, receivables.receivePayment(party, body.agreement(),
                Money.of(body.amount(), body.currency()), body.date(), body.documentRef()));
    }

    @PostMapping("/receivables/{party}/in-kind-settlements")
    @Operation(summary = "Record goods or services accepted in place of money, valued by an agreed act")
    ResponseEntity<TransactionView> inKind(@PathVariable String party, @Valid @RequestBody InKindBody body) {
        checkWrites(body.agreement());
        return created(party, receivables.settleInKind(party, body.agreement(),
                Money.of(body.amount(), body.currency()), body.date(), body.actReference()));
    }

    private ResponseEntity<TransactionView> created(String party, JournalTransaction t) {
        return ResponseEntity.created(URI.create("/api/v1/statements/" + party)).body(TransactionView.of(t));
    }

    private List<Arrears> visibleArrears(LocalDate asOf) {
        Actor actor = currentActor.get();
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        if (actor.readsEverything()) {
            return receivables.arrears(day, null);
        }
        return actor.organization() == null ? List.of() : receivables.arrears(day, actor.organization());
    }

    private void checkReads(String party) {
        Actor actor = currentActor.get();
        if (!actor.readsEverything() && !actor.actsFor(party)) {
            throw new AccessDenied("statement.not-yours", "A party reads only its own statements of account.");
        }
    }

    /** The operator writes every receivable; the host authority those of agreements whose payee it acts for. */
    private void checkWrites(String agreement) {
        Actor actor = currentActor.get();
        if (actor.has(Role.SPACEPORT_OPERATOR)) {
            return;
        }
        if (actor.has(Role.HOST_AUTHORITY)
                && receivables.payee(agreement).map(actor::actsFor).orElse(false)) {
            return;
        }
        throw new AccessDenied("receivable.not-yours", "Only the spaceport operator, or the host authority for an"
                + " agreement it is the payee of, records charges and payments.");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

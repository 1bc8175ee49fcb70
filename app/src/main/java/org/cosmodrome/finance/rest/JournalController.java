package org.cosmodrome.finance.rest;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cosmodrome.finance.Account;
import org.cosmodrome.finance.AccountKind;
import org.cosmodrome.finance.ChartOfAccounts;
import org.cosmodrome.finance.Currency;
import org.cosmodrome.finance.Journal;
import org.cosmodrome.finance.JournalTransaction;
import org.cosmodrome.finance.Money;
import org.cosmodrome.finance.NewTransaction;
import org.cosmodrome.finance.Posting;
import org.cosmodrome.finance.TransactionKind;
import org.cosmodrome.platform.AccessDenied;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.platform.Csv;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Journal", description = "The double-entry journal every party shares: accounts, balanced transactions"
        + " that are never edited (a correction is a new transaction), balances derived from postings")
class JournalController {

    private final Journal journal;
    private final ChartOfAccounts accounts;
    private final CurrentActor currentActor;

    JournalController(Journal journal, ChartOfAccounts accounts, CurrentActor currentActor) {
        this.journal = journal;
        this.accounts = accounts;
        this.currentActor = currentActor;
    }

    /** @param balance the sum of the account's postings: positive is a debit balance */
    record AccountView(String id, AccountKind kind, String party, String agreement, Currency currency, String name,
            BigDecimal balance) {
    }

    private boolean sees(Actor viewer, String party) {
        return viewer.readsEverything() || (party != null && viewer.actsFor(party));
    }

    @Operation(summary = "Accounts with their balances: every account to the operator, host and auditors, else the"
            + " caller's organisation's")
    @GetMapping("/api/v1/accounts")
    List<AccountView> accounts(@RequestParam(required = false) String party) {
        Actor viewer = currentActor.get();
        String of = party != null ? party : viewer.readsEverything() ? null : viewer.organization();
        if (of != null && !sees(viewer, of)) {
            throw new AccessDenied("not-your-accounts", "Only a party itself and overseers read its accounts.");
        }
        return accounts.of(of).stream().filter(a -> sees(viewer, a.party()))
                .map(a -> new AccountView(a.id(), a.kind(), a.party(), a.agreement(), a.currency(), a.name(),
                        journal.balance(a.id(), null).amount()))
                .toList();
    }

    /** @param amount signed: positive debits the account, negative credits it */
    record PostingView(String account, BigDecimal amount, Currency currency) {
        static PostingView of(Posting p) {
            return new PostingView(p.accountId(), p.amount().amount(), p.amount().currency());
        }
    }

    record TransactionView(String id, TransactionKind kind, LocalDate entryDate, LocalDate dueDate,
            String description, String documentRef, String agreement, String corrects, String correctedBy,
            String sourceModule, String sourceRef, Instant recordedAt, String recordedBy,
            List<PostingView> postings) {
    }

    private TransactionView view(JournalTransaction t) {
        return new TransactionView(t.id(), t.kind(), t.entryDate(), t.dueDate(), t.description(), t.documentRef(),
                t.agreement(), t.corrects(), journal.correctionOf(t.id()).map(JournalTransaction::id).orElse(null),
                t.sourceModule(), t.sourceRef(), t.recordedAt(), t.recordedBy(),
                t.postings().stream().map(PostingView::of).toList());
    }

    private boolean sees(Actor viewer, JournalTransaction t) {
        if (viewer.readsEverything()) {
            return true;
        }
        for (Posting p : t.postings()) {
            String party = accounts.find(p.accountId()).map(Account::party).orElse(null);
            if (party != null && viewer.actsFor(party)) {
                return true;
            }
        }
        return false;
    }

    @Operation(summary = "Journal transactions in entry order: all to overseers, else those touching the caller's"
            + " organisation's accounts; `party` narrows to one party")
    @GetMapping("/api/v1/journal")
    List<TransactionView> transactions(@RequestParam(required = false) String party) {
        Actor viewer = currentActor.get();
        String of = party != null ? party : viewer.readsEverything() ? null : viewer.organization();
        return journal.of(of).stream().filter(t -> sees(viewer, t)).map(this::view).toList();
    }

    @Operation(summary = "The journal as CSV, one line per posting")
    @GetMapping(value = "/api/v1/journal.csv", produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String party) {
        StringBuilder csv = new StringBuilder(
                "transaction,kind,entry_date,due_date,description,document_ref,agreement,corrects,line,account,"
                        + "amount,currency\r\n");
        for (TransactionView t : transactions(party)) {
            int line = 1;
            for (PostingView p : t.postings()) {
                csv.append(String.join(",", t.id(), t.kind().name(), t.entryDate().toString(),
                        t.dueDate() == null ? "" : t.dueDate().toString(), Csv.cell(t.description()),
                        Csv.cell(t.documentRef()), Csv.cell(t.agreement()), Csv.cell(t.corrects()),
                        Integer.toString(line++), Csv.cell(p.account()), p.amount().toPlainString(),
                        p.currency().name())).append("\r\n");
            }
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"journal.csv\"").body(csv.toString());
    }

    @Operation(summary = "One journal transaction")
    @GetMapping("/api/v1/journal/{id}")
    TransactionView transaction(@PathVariable String id) {
        JournalTransaction t = journal.find(id).orElseThrow(() -> new RecordNotFound("journal-transaction", id));
        if (!sees(currentActor.get(), t)) {
            throw new RecordNotFound("journal-transaction", id);
        }
        return view(t);
    }

    record PostingBody(@NotBlank String account, @NotNull BigDecimal amount) {
    }

    record TransactionBody(@NotNull TransactionKind kind, @NotNull LocalDate entryDate, LocalDate dueDate,
            @NotBlank @Size(max = 2000) String description, @Size(max = 200) String documentRef,
            @Size(max = 100) String agreement, @NotNull @Size(min = 2, max = 100) List<@Valid PostingBody> postings) {
    }

    private static final Set<TransactionKind> POSTED_BY_HAND = Set.of(TransactionKind.CHARGE, TransactionKind.PAYMENT,
            TransactionKind.IN_KIND, TransactionKind.WRITE_OFF, TransactionKind.INTEREST, TransactionKind.OPENING);

    @Operation(summary = "Post a balanced transaction (operator); amounts signed, at most two decimals")
    @PostMapping("/api/v1/journal")
    ResponseEntity<TransactionView> post(@Valid @RequestBody TransactionBody body) {
        if (!POSTED_BY_HAND.contains(body.kind())) {
            throw new InvalidField("kind", "kind-not-posted-by-hand",
                    "Corrections go through /api/v1/journal/{id}/correction; pledges and commitments through the"
                            + " programme.");
        }
        List<Posting> postings = new ArrayList<>();
        for (int i = 0; i < body.postings().size(); i++) {
            PostingBody p = body.postings().get(i);
            Account account = accounts.find(p.account()).orElseThrow(() -> new InvalidField("postings",
                    "unknown-account", "No account " + p.account() + "."));
            try {
                Money amount = Money.of(p.amount(), account.currency());
                if (amount.minor() == 0) {
                    throw new IllegalArgumentException("zero");
                }
                postings.add(new Posting(account.id(), amount));
            } catch (IllegalArgumentException e) {
                throw new InvalidField("postings[" + i + "].amount", "bad-amount",
                        "A non-zero amount with at most two decimals.");
            }
        }
        JournalTransaction posted = journal.post(new NewTransaction(body.kind(), body.entryDate(), body.dueDate(),
                body.description(), body.documentRef(), body.agreement(), null, null, postings));
        return ResponseEntity.created(URI.create("/api/v1/journal/" + posted.id())).body(view(posted));
    }

    record CorrectionBody(@NotBlank @Size(max = 2000) String reason, @NotNull LocalDate on) {
    }

    @Operation(summary = "Correct a transaction by posting its reversal (operator); the original stays as it was")
    @PostMapping("/api/v1/journal/{id}/correction")
    ResponseEntity<TransactionView> correct(@PathVariable String id, @Valid @RequestBody CorrectionBody body) {
        JournalTransaction correction = journal.correct(id, body.reason(), body.on());
        return ResponseEntity.created(URI.create("/api/v1/journal/" + correction.id())).body(view(correction));
    }
}

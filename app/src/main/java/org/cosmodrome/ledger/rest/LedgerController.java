package org.cosmodrome.ledger.rest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.ledger.LedgerEntry;
import org.cosmodrome.ledger.LedgerVerification;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.Page;
import org.cosmodrome.platform.PageQuery;
import org.cosmodrome.platform.RecordNotFound;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/ledger")
@Tag(name = "Ledger", description = "The hash-chained record of every state-changing command")
class LedgerController {

    private final Ledger ledger;
    private final LedgerVerification verification;
    private final CurrentActor currentActor;
    private final Clock clock;

    LedgerController(Ledger ledger, LedgerVerification verification, CurrentActor currentActor, Clock clock) {
        this.ledger = ledger;
        this.verification = verification;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** The last entry of a day: keep its seq and hash to prove later that the history up to it is unchanged. */
    record Head(LocalDate day, long seq, String hash, Instant recordedAt) {
    }

    @GetMapping
    @Operation(summary = "Ledger entries, newest first",
            description = "Entries about another organisation's private records are left out for tenants.")
    Page<LedgerEntry> entries(@RequestParam(required = false) String targetType,
            @RequestParam(required = false) String targetId,
            @Parameter(description = "user name of the actor") @RequestParam(required = false) String actor,
            @Parameter(description = "from this instant, inclusive (ISO 8601)") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @Parameter(description = "until this instant, exclusive (ISO 8601)") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageQuery.DEFAULT_SIZE) int size) {
        if (from != null && to != null && !to.isAfter(from)) {
            throw new InvalidField("to", "ledger.range.empty", "to must be after from");
        }
        return ledger.find(new Ledger.Filter(targetType, targetId, actor, from, to), currentActor.get(),
                new PageQuery(page, size));
    }

    @GetMapping("/verification")
    @Operation(summary = "Re-compute the whole chain and name the first entry that was altered, removed or inserted")
    LedgerVerification.Report verify() {
        return verification.verify();
    }

    @GetMapping("/head")
    @Operation(summary = "The head of the chain at the end of a day (UTC)",
            description = "Export it daily; GET /api/v1/ledger/verification answers whether the chain still holds.")
    Head head(@Parameter(description = "day in UTC; today when absent") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        LocalDate chosen = day == null ? LocalDate.now(clock.withZone(ZoneOffset.UTC)) : day;
        LedgerEntry head = ledger.headBefore(chosen.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
                .orElseThrow(() -> new RecordNotFound("ledger head", chosen.toString()));
        return new Head(chosen, head.seq(), head.hash(), head.recordedAt());
    }
}

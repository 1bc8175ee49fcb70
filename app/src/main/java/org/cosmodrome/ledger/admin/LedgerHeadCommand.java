package org.cosmodrome.ledger.admin;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.ledger.LedgerEntry;
import org.cosmodrome.platform.AdminArguments;
import org.cosmodrome.platform.AdminCommand;
import org.cosmodrome.platform.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * {@code ledger head}: the last entry of a UTC day (today by default), for another party to keep. Whoever kept
 * {@code <seq>:<hash>} later checks with {@code ledger verify --head <seq>:<hash>} that the history up to it is
 * unchanged.
 */
@Component
class LedgerHeadCommand implements AdminCommand {

    private final Ledger ledger;
    private final Clock clock;

    LedgerHeadCommand(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "ledger head";
    }

    @Override
    public String usage() {
        return "[--day YYYY-MM-DD]";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        AdminArguments arguments = AdminArguments.parse(args, Set.of("day"), Set.of());
        arguments.positional(0, 0);
        LocalDate day = arguments.option("day").map(LedgerHeadCommand::day)
                .orElseGet(() -> LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        LedgerEntry head = ledger.headBefore(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
                .orElseThrow(() -> new RuleViolation("ledger.head.none", "day",
                        "The ledger has no entry up to the end of " + day + " (UTC)"));
        out.println("day:         " + day + " (UTC)");
        out.println("seq:         " + head.seq());
        out.println("hash:        " + head.hash());
        out.println("recorded at: " + head.recordedAt());
        out.println("head:        " + head.seq() + ":" + head.hash());
        return OK;
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new AdminArguments.Malformed("--day takes a date such as 2026-11-21, not '" + text + "'");
        }
    }
}

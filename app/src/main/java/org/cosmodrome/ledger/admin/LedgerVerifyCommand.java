package org.cosmodrome.ledger.admin;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.cosmodrome.ledger.LedgerVerification;
import org.cosmodrome.platform.AdminArguments;
import org.cosmodrome.platform.AdminCommand;
import org.springframework.stereotype.Component;

/**
 * {@code ledger verify}: re-computes the whole chain and names the first entry that was altered, removed or
 * inserted; with {@code --head <seq>:<hash>} (as printed by {@code ledger head}) also checks that the kept entry
 * still carries that hash. Exit code 1 when the ledger does not hold.
 */
@Component
class LedgerVerifyCommand implements AdminCommand {

    private final LedgerVerification verification;

    LedgerVerifyCommand(LedgerVerification verification) {
        this.verification = verification;
    }

    @Override
    public String name() {
        return "ledger verify";
    }

    @Override
    public String usage() {
        return "[--head <seq>:<hash>]";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        AdminArguments arguments = AdminArguments.parse(args, Set.of("head"), Set.of());
        arguments.positional(0, 0);
        LedgerVerification.Report report = arguments.option("head").map(LedgerVerifyCommand::head)
                .map(kept -> verification.verifyHead(kept.seq(), kept.hash()))
                .orElseGet(verification::verify);
        out.println("entries checked: " + report.entriesChecked());
        if (report.intact()) {
            out.println("head:            " + report.headSeq() + ":" + report.headHash());
            arguments.option("head").ifPresent(kept -> out.println("kept head:       " + kept + " still holds"));
            out.println("INTACT: " + report.detail());
            return OK;
        }
        out.println("intact up to:    " + report.headSeq() + ":" + report.headHash());
        out.println("BROKEN at entry " + report.brokenAt() + ": " + report.breach() + ": " + report.detail());
        return FAILED;
    }

    private record Kept(long seq, String hash) {
    }

    private static Kept head(String text) {
        if (!text.matches("\\d{1,18}:[0-9a-fA-F]{64}")) {
            throw new AdminArguments.Malformed("--head takes <seq>:<hash>, such as 42:" + "0".repeat(64)
                    + ", not '" + text + "'");
        }
        int colon = text.indexOf(':');
        return new Kept(Long.parseLong(text.substring(0, colon)), text.substring(colon + 1));
    }
}

package org.cosmodrome.finance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cosmodrome.platform.Csv;

/** The CSV exports of statements and arrears (RFC 4180), the same from the API and the console. */
public final class FinanceExports {

    private FinanceExports() {
    }

    /** A party's statements: an opening line, one line per transaction with the running balance, a closing line. */
    public static String statements(String party, List<Statement> statements) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("party", "currency", "date", "transaction", "kind", "agreement", "description",
                "document", "due", "amount", "balance"));
        for (Statement s : statements) {
            rows.add(Arrays.asList(party, s.currency(), s.from(), null, "OPENING", s.agreement(),
                    "Opening balance", null, null, null, s.opening().amount()));
            for (Statement.Line l : s.lines()) {
                rows.add(Arrays.asList(party, s.currency(), l.date(), l.transaction(), l.kind(), l.agreement(),
                        l.description(), l.documentRef(), l.dueDate(), l.amount().amount(), l.balance().amount()));
            }
            rows.add(Arrays.asList(party, s.currency(), s.to(), null, "CLOSING", s.agreement(),
                    "Closing balance", null, null, null, s.closing().amount()));
        }
        return Csv.of(rows);
    }

    /** Arrears per party, agreement and currency, by ageing bucket. */
    public static String arrears(List<Arrears> arrears) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("party", "agreement", "currency", "as_of", "not_due", "days_0_30", "days_31_90",
                "days_91_365", "days_over_365", "overdue", "credit"));
        for (Arrears a : arrears) {
            rows.add(Arrays.asList(a.party(), a.agreement(), a.currency(), a.asOf(), a.notDue().amount(),
                    a.upTo30().amount(), a.upTo90().amount(), a.upTo365().amount(), a.over365().amount(),
                    a.overdue().amount(), a.credit().amount()));
        }
        return Csv.of(rows);
    }
}

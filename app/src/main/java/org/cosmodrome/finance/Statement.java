package org.cosmodrome.finance;

import java.time.LocalDate;
import java.util.List;

/**
 * A statement of account: what a party owes under its agreements in one currency, line by line.
 *
 * @param agreement the agreement it is limited to, or {@code null} for all of the party's agreements
 * @param from first day included, or {@code null} from the beginning
 * @param to last day included, or {@code null} to the end
 * @param opening what the party owed before {@code from}
 * @param closing what it owes after the last line: {@code opening} plus every line
 * @param notes what the sources do not say, such as that payment records of a term are not in them
 * @param openingConverted {@code opening} in the currency asked for, with its rate and day; {@code null} unless asked
 * @param closingConverted likewise for {@code closing}
 */
public record Statement(String party, String agreement, Currency currency, LocalDate from, LocalDate to,
        Money opening, List<Line> lines, Money closing, List<String> notes, Conversion openingConverted,
        Conversion closingConverted) {

    /**
     * One transaction of the statement.
     *
     * @param amount positive for what the party was charged, negative for what it paid, settled or was credited
     * @param balance what the party owes after this line
     */
    public record Line(LocalDate date, String transaction, TransactionKind kind, String agreement,
            String description, String documentRef, LocalDate dueDate, Money amount, Money balance) {
    }
}

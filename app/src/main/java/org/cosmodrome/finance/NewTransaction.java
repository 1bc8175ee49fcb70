package org.cosmodrome.finance;

import java.time.LocalDate;
import java.util.List;

/**
 * A transaction to post.
 *
 * @param dueDate when what it charges falls due (charges only), else {@code null}
 * @param documentRef the document behind it: an invoice number, a payment order, an act of acceptance
 * @param sourceModule the module whose record caused it ({@code permits}, {@code manifest}), or {@code null}
 * @param sourceRef that record's id in its module: the same source is posted once
 */
public record NewTransaction(TransactionKind kind, LocalDate entryDate, LocalDate dueDate, String description,
        String documentRef, String agreement, String sourceModule, String sourceRef, List<Posting> postings) {

    public NewTransaction {
        postings = postings == null ? List.of() : List.copyOf(postings);
    }
}

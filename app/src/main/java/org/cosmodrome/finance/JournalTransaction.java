package org.cosmodrome.finance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A posted transaction, as it will stay.
 *
 * @param corrects the transaction this one reverses, or {@code null}
 */
public record JournalTransaction(String id, TransactionKind kind, LocalDate entryDate, LocalDate dueDate,
        String description, String documentRef, String agreement, String corrects, String sourceModule,
        String sourceRef, Instant recordedAt, String recordedBy, List<Posting> postings) {

    public JournalTransaction {
        postings = List.copyOf(postings);
    }
}

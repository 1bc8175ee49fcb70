package org.cosmodrome.finance;

import java.time.LocalDate;

/**
 * What a party owes under an agreement in a currency as of a day, aged by days past the due date. Derived from the
 * journal, never stored: credits (payments, in-kind settlements, write-offs, corrections) are allocated to the
 * oldest due charges first.
 *
 * @param notDue charged but not yet due
 * @param upTo30 1 to 30 days past due (the "0-30" bucket)
 * @param upTo90 31 to 90 days past due
 * @param upTo365 91 to 365 days past due
 * @param over365 more than 365 days past due
 * @param credit credits not used by any charge (paid in advance)
 */
public record Arrears(String party, String agreement, Currency currency, LocalDate asOf, Money notDue,
        Money upTo30, Money upTo90, Money upTo365, Money over365, Money credit) {

    /** Everything past due. */
    public Money overdue() {
        return upTo30.plus(upTo90).plus(upTo365).plus(over365);
    }

    /** The bucket name of {@code daysPastDue}: {@code not-due}, {@code 0-30}, {@code 31-90}, {@code 91-365}, {@code 365+}. */
    public static String bucketOf(long daysPastDue) {
        if (daysPastDue <= 0) {
            return "not-due";
        }
        if (daysPastDue <= 30) {
            return "0-30";
        }
        if (daysPastDue <= 90) {
            return "31-90";
        }
        return daysPastDue <= 365 ? "91-365" : "365+";
    }
}

package org.cosmodrome.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A capital programme as it stands: budget lines by party with what was paid against each, the totals the sources
 * state, pledges and commitments, milestones with planned and actual days, payments, and the planned and actual
 * cumulative spend per month (the S-curve). Amounts are in {@code currency} unless they carry their own.
 *
 * @param planBasis how the planned spend is spread over the months, and on what basis
 */
public record Programme(String id, String name, String description, Currency currency, LocalDate planFrom,
        LocalDate planTo, String planBasis, List<Total> totals, List<Line> lines, List<Pledge> pledges,
        List<Milestone> milestones, List<Payment> payments, List<Commitment> commitments, List<Month> sCurve) {

    /** The whole programme's cost as one source states it. */
    public record Total(String id, BigDecimal amount, Currency currency, String asOf, String source) {
    }

    /**
     * What one party funds.
     *
     * @param amount the line's budget
     * @param committed the sum of the commitments recorded against it
     * @param paid the sum of the payments against it
     * @param remaining the budget less what was paid
     */
    public record Line(String id, String party, String scope, BigDecimal amount, BigDecimal committed,
            BigDecimal paid, BigDecimal remaining, String basis) {
    }

    /** Money promised ({@code PLEDGE}) or contracted ({@code COMMITMENT}), by a party that may not be an organisation. */
    public record Pledge(String id, String kind, String partyName, String organization, BigDecimal amount,
            Currency currency, String line, String source) {
    }

    /**
     * A milestone.
     *
     * @param slipDays days from planned to actual, when both are known (negative when early)
     * @param lateSoFarDays days the milestone is overdue today, when planned, passed and not yet reached
     */
    public record Milestone(String id, String name, LocalDate planned, LocalDate actual, Long slipDays,
            Long lateSoFarDays, String note, String source) {
    }

    /**
     * Money paid against a budget line, in the programme's currency.
     *
     * @param journalTransaction the PAYMENT transaction of the journal that records it
     */
    public record Payment(String id, String line, LocalDate paidOn, BigDecimal amount, String documentRef,
            String description, String journalTransaction) {
    }

    /**
     * Money contracted against a budget line, in the programme's currency.
     *
     * @param journalTransaction the COMMITMENT transaction of the journal that records it
     */
    public record Commitment(String id, String line, LocalDate committedOn, BigDecimal amount, String counterparty,
            String documentRef, String journalTransaction) {
    }

    /**
     * Cumulative spend at the end of a month.
     *
     * @param actual {@code null} for months still to come
     */
    public record Month(YearMonth month, BigDecimal planned, BigDecimal actual) {
    }

    /** The sum of the budget lines. */
    public BigDecimal budget() {
        return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

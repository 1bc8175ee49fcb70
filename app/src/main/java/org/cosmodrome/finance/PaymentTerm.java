package org.cosmodrome.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A payment term of an agreement: {@code payer} owes {@code payee} {@code amount} for every period from
 * {@code firstPeriod} to {@code lastPeriod} (inclusive), due on a day of the period.
 *
 * @param id stable id of the term, such as {@code lease-rent-1994}
 * @param period only {@link Period#YEARLY} for now: a period is a calendar year
 * @param dueMonth month (1-12) of the period's due date
 * @param dueDay day of that month
 * @param lateInterestPerYear simple interest per year on overdue amounts as a fraction ({@code 0.08} for 8 %), or
 *        {@code null} when the agreement states none (the Baikonur lease states none)
 */
public record PaymentTerm(String id, String agreement, String payer, String payee, Money amount, Period period,
        int firstPeriod, int lastPeriod, int dueMonth, int dueDay, BigDecimal lateInterestPerYear) {

    public enum Period { YEARLY }

    public PaymentTerm {
        if (lastPeriod < firstPeriod) {
            throw new IllegalArgumentException("term " + id + " ends before it starts");
        }
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("term " + id + " charges a positive amount");
        }
    }

    /** One period's charge: the year it is for, the day it is charged (1 January) and the day it falls due. */
    public record Instalment(int year, LocalDate chargedOn, LocalDate dueOn, Money amount) {
    }

    /** Every instalment of the term, oldest first. */
    public List<Instalment> schedule() {
        List<Instalment> instalments = new ArrayList<>();
        for (int year = firstPeriod; year <= lastPeriod; year++) {
            instalments.add(new Instalment(year, LocalDate.of(year, 1, 1), LocalDate.of(year, dueMonth, dueDay),
                    amount));
        }
        return instalments;
    }

    public boolean chargesInterest() {
        return lateInterestPerYear != null && lateInterestPerYear.signum() > 0;
    }
}

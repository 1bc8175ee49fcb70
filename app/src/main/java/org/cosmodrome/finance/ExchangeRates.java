package org.cosmodrome.finance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dated exchange rates the operator enters or imports (no network feed is assumed), and conversions at them.
 * A conversion uses the latest rate on or before its day; between two currencies other than tenge it goes through
 * tenge. Converted amounts are rounded half to even to a minor unit. Posted amounts never change when a rate is
 * entered or corrected later: the journal stores amounts, not rates.
 */
@Service
public class ExchangeRates {

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final CurrentActor currentActor;
    private final Clock clock;

    ExchangeRates(JdbcClient jdbc, Ledger ledger, CurrentActor currentActor, Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** Enters (or replaces) the rate of a day. */
    @Transactional
    public ExchangeRate record(ExchangeRate rate) {
        if (rate.currency() == Currency.KZT) {
            throw new InvalidField("currency", "rate-of-tenge", "Rates are tenge per unit of another currency.");
        }
        if (rate.onDate() == null) {
            throw new InvalidField("date", "required", "A rate needs its day.");
        }
        if (rate.kzt() == null || rate.kzt().signum() <= 0) {
            throw new InvalidField("kzt", "rate-not-positive", "A rate must be positive.");
        }
        if (rate.source() == null || rate.source().isBlank()) {
            throw new InvalidField("source", "rate-source-required", "Say where the rate comes from.");
        }
        jdbc.sql("""
                insert into finance.exchange_rate (currency, on_date, kzt, source, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?)
                on conflict (currency, on_date) do update set kzt = excluded.kzt, source = excluded.source,
                    recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by""")
                .params(rate.currency().name(), Date.valueOf(rate.onDate()), rate.kzt(), rate.source(),
                        Timestamp.from(clock.instant()), currentActor.get().user())
                .update();
        ledger.append("exchange-rate.recorded", "exchange-rate", rate.currency() + "/" + rate.onDate(), List.of(),
                Map.of("currency", rate.currency().name(), "on", rate.onDate().toString(), "kzt",
                        rate.kzt().toPlainString(), "source", rate.source()));
        return rate;
    }

    /**
     * Imports rates from CSV lines {@code currency,date,kzt,source} (a header line {@code currency,...} is skipped):
     * all of them or none; an error names the line and column as {@code line[n].column}, or {@code body} when the
     * text holds no rate.
     */
    @Transactional
    public List<ExchangeRate> importCsv(String csv) {
        List<ExchangeRate> rates = new ArrayList<>();
        String[] lines = csv == null ? new String[0] : csv.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || (i == 0 && line.toLowerCase().startsWith("currency"))) {
                continue;
            }
            String[] cells = line.split(",", 4);
            String at = "line[" + (i + 1) + "]";
            if (cells.length < 4) {
                throw new InvalidField(at, "csv-columns", "Each line has currency,date,kzt,source.");
            }
            Currency currency;
            LocalDate day;
            BigDecimal kzt;
            try {
                currency = Currency.valueOf(cells[0].strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidField(at + ".currency", "csv-currency", "Unknown currency " + cells[0].strip());
            }
            try {
                day = LocalDate.parse(cells[1].strip());
            } catch (DateTimeParseException e) {
                throw new InvalidField(at + ".date", "csv-date", "Dates are YYYY-MM-DD.");
            }
            try {
                kzt = new BigDecimal(cells[2].strip());
            } catch (NumberFormatException e) {
                throw new InvalidField(at + ".kzt", "csv-rate", "The rate is a decimal number.");
            }
            try {
                rates.add(record(new ExchangeRate(currency, day, kzt, cells[3].strip())));
            } catch (InvalidField e) {
                throw new InvalidField(at + "." + e.field(), e.code(), e.getMessage());
            }
        }
        if (rates.isEmpty()) {
            throw new InvalidField("body", "csv-empty", "The CSV holds no rate.");
        }
        return rates;
    }

    /** The latest rate of {@code currency} on or before {@code day}. */
    public Optional<ExchangeRate> rateOn(Currency currency, LocalDate day) {
        if (currency == Currency.KZT) {
            return Optional.of(new ExchangeRate(Currency.KZT, day, BigDecimal.ONE, "identity"));
        }
        return jdbc.sql("""
                select currency, on_date, kzt, source from finance.exchange_rate
                where currency = ? and on_date <= ? order by on_date desc limit 1""")
                .params(currency.name(), Date.valueOf(day))
                .query((rs, n) -> new ExchangeRate(Currency.valueOf(rs.getString(1)), rs.getDate(2).toLocalDate(),
                        rs.getBigDecimal(3), rs.getString(4)))
                .optional();
    }

    /** The rate entered for exactly {@code day}, not an earlier one. */
    public Optional<ExchangeRate> find(Currency currency, LocalDate day) {
        return rateOn(currency, day).filter(rate -> rate.onDate().equals(day));
    }

    /** Every rate, newest first. */
    public List<ExchangeRate> all() {
        return jdbc.sql("select currency, on_date, kzt, source from finance.exchange_rate order by on_date desc, currency")
                .query((rs, n) -> new ExchangeRate(Currency.valueOf(rs.getString(1)), rs.getDate(2).toLocalDate(),
                        rs.getBigDecimal(3), rs.getString(4)))
                .list();
    }

    /** {@code amount} in {@code target} at the rates of {@code day}; empty when a rate is missing. */
    public Optional<Conversion> convert(Money amount, Currency target, LocalDate day) {
        Optional<ExchangeRate> from = rateOn(amount.currency(), day);
        Optional<ExchangeRate> to = rateOn(target, day);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal rate = from.get().kzt().divide(to.get().kzt(), MathContext.DECIMAL64);
        BigDecimal converted = amount.amount().multiply(rate).setScale(target.minorDigits(), RoundingMode.HALF_EVEN);
        LocalDate used = from.get().onDate().isBefore(to.get().onDate()) ? from.get().onDate() : to.get().onDate();
        String source = amount.currency() == Currency.KZT ? to.get().source()
                : target == Currency.KZT || from.get().source().equals(to.get().source()) ? from.get().source()
                : from.get().source() + "; " + to.get().source();
        return Optional.of(new Conversion(amount, Money.of(converted, target), rate, used, source));
    }
}

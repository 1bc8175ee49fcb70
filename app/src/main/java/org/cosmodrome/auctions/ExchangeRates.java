package org.cosmodrome.auctions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.platform.InvalidField;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exchange rates lots are priced with: tenge per unit of EUR, USD or RUB by day. Entered by the operator one at a
 * time or as CSV; every entry goes to the ledger.
 */
@Service
public class ExchangeRates {

    /** Local time at Baikonur, whose calendar day picks the rate. */
    static final java.time.ZoneId BAIKONUR = java.time.ZoneId.of("Asia/Qyzylorda");

    static final Set<String> CURRENCIES = Set.of("EUR", "USD", "RUB");

    private final JdbcClient jdbc;
    private final Ledger ledger;

    ExchangeRates(JdbcClient jdbc, Ledger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /** The latest rate of {@code currency} on or before {@code day}. */
    public Optional<ExchangeRate> latest(String currency, LocalDate day) {
        return jdbc.sql("select * from auctions.exchange_rate where currency = ? and on_date <= ?"
                        + " order by on_date desc limit 1")
                .params(currency, day)
                .query((rs, n) -> new ExchangeRate(rs.getString("currency"), rs.getObject("on_date", LocalDate.class),
                        rs.getBigDecimal("kzt"), rs.getString("source")))
                .optional();
    }

    public Optional<ExchangeRate> find(String currency, LocalDate day) {
        return latest(currency, day).filter(r -> r.on().equals(day));
    }

    /**
     * The starting price of {@code lot} in the other currency at the latest euro rate on or before its opening day
     * (at Baikonur); empty when there is no such rate.
     */
    public Optional<PriceConversion> convert(Lot lot) {
        LocalDate day = lot.opensAt().atZone(BAIKONUR).toLocalDate();
        return latest("EUR", day).map(rate -> {
            BigDecimal price = BigDecimal.valueOf(lot.startingPrice());
            boolean toTenge = !"KZT".equals(lot.currency());
            BigDecimal converted = toTenge ? price.multiply(rate.kzt())
                    : price.divide(rate.kzt(), 0, RoundingMode.HALF_UP);
            return new PriceConversion(converted.setScale(0, RoundingMode.HALF_UP).longValueExact(),
                    toTenge ? "KZT" : "EUR", rate.kzt(), rate.on(), rate.source());
        });
    }

    /**
     * Enters or replaces the rate of {@code rate.currency()} on {@code rate.on()}.
     *
     * @throws InvalidField when the currency is not EUR, USD or RUB, the rate is not positive or the source missing
     */
    @Transactional
    public ExchangeRate put(ExchangeRate rate) {
        check(rate, "");
        store(rate);
        return rate;
    }

    /**
     * Enters every rate of a CSV text of lines {@code currency,date,kzt,source} (a first line starting with
     * {@code currency} is a header), all or none.
     *
     * @throws InvalidField naming {@code line[n]} (from 1) and its column when a line is malformed
     */
    @Transactional
    public List<ExchangeRate> importCsv(String csv) {
        List<ExchangeRate> rates = new ArrayList<>();
        String[] lines = csv == null ? new String[0] : csv.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || (i == 0 && line.toLowerCase(java.util.Locale.ROOT).startsWith("currency"))) {
                continue;
            }
            String at = "line[" + (i + 1) + "]";
            String[] cells = line.split(",", 4);
            if (cells.length < 4) {
                throw new InvalidField(at, "exchange-rate.csv.columns",
                        at + " must have four columns: currency,date,kzt,source");
            }
            LocalDate day;
            try {
                day = LocalDate.parse(cells[1].strip());
            } catch (DateTimeParseException e) {
                throw new InvalidField(at + ".date", "exchange-rate.date.malformed", at + ".date must be YYYY-MM-DD");
            }
            BigDecimal kzt;
            try {
                kzt = new BigDecimal(cells[2].strip());
            } catch (NumberFormatException e) {
                throw new InvalidField(at + ".kzt", "exchange-rate.kzt.malformed", at + ".kzt must be a number");
            }
            ExchangeRate rate = new ExchangeRate(cells[0].strip().toUpperCase(java.util.Locale.ROOT), day, kzt,
                    unquote(cells[3].strip()));
            check(rate, at + ".");
            rates.add(rate);
        }
        if (rates.isEmpty()) {
            throw new InvalidField("body", "exchange-rate.csv.empty", "the CSV holds no rate");
        }
        rates.forEach(this::store);
        return rates;
    }

    void store(ExchangeRate rate) {
        jdbc.sql("""
                insert into auctions.exchange_rate (currency, on_date, kzt, source) values (?, ?, ?, ?)
                on conflict (currency, on_date) do update set kzt = excluded.kzt, source = excluded.source""")
                .params(rate.currency(), rate.on(), rate.kzt(), rate.source()).update();
        ledger.append("exchange-rate.entered", "exchange-rate", rate.currency() + "/" + rate.on(), List.of(), rate);
    }

    static void check(ExchangeRate rate, String prefix) {
        if (rate.currency() == null || !CURRENCIES.contains(rate.currency())) {
            throw new InvalidField(prefix + "currency", "exchange-rate.currency.unknown",
                    prefix + "currency must be EUR, USD or RUB");
        }
        if (rate.on() == null) {
            throw new InvalidField(prefix + "date", "required", prefix + "date is required");
        }
        if (rate.kzt() == null || rate.kzt().signum() <= 0 || rate.kzt().scale() > 4
                || rate.kzt().precision() - rate.kzt().scale() > 8) {
            throw new InvalidField(prefix + "kzt", "exchange-rate.kzt.out-of-range",
                    prefix + "kzt must be more than 0, with at most 8 digits before and 4 after the point");
        }
        if (rate.source() == null || rate.source().isBlank() || rate.source().length() > 1000) {
            throw new InvalidField(prefix + "source", "required", prefix + "source is required (at most 1000 characters)");
        }
    }

    private static String unquote(String cell) {
        return cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")
                ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
    }
}

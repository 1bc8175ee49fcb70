package org.cosmodrome.finance.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.cosmodrome.finance.Currency;
import org.cosmodrome.finance.ExchangeRate;
import org.cosmodrome.finance.ExchangeRates;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RecordNotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/exchange-rates")
@Tag(name = "Exchange rates", description = "Tenge per unit of EUR, USD or RUB by day, kept by finance for the books "
        + "and for lot prices; public to read, entered or imported from CSV by the operator")
class ExchangeRateController {

    private final ExchangeRates rates;

    ExchangeRateController(ExchangeRates rates) {
        this.rates = rates;
    }

    /** A rate as the API shows it: tenge per one unit of {@code currency} on {@code on}. */
    record RateView(String currency, LocalDate on, BigDecimal kzt, String source) {

        static RateView of(ExchangeRate rate) {
            return new RateView(rate.currency().name(), rate.onDate(), rate.kzt(), rate.source());
        }
    }

    record RateBody(@NotNull @Positive BigDecimal kzt, @NotBlank @Size(max = 1000) String source) {
    }

    @GetMapping
    @Operation(summary = "Every rate", description = "Newest day first.")
    List<RateView> list() {
        return rates.all().stream().map(RateView::of).toList();
    }

    @GetMapping("/{currency}/{date}")
    @Operation(summary = "The rate of a day", description = "Exactly that day's rate, not an earlier one.")
    RateView get(@PathVariable String currency, @PathVariable String date) {
        return rates.find(currency(currency), day(date)).map(RateView::of)
                .orElseThrow(() -> new RecordNotFound("exchange-rate", currency + "/" + date));
    }

    @PutMapping("/{currency}/{date}")
    @Operation(summary = "Enter or replace the rate of a day")
    RateView put(@PathVariable String currency, @PathVariable String date, @Valid @RequestBody RateBody body) {
        return RateView.of(rates.record(new ExchangeRate(currency(currency), day(date), body.kzt(),
                body.source().strip())));
    }

    @PostMapping(consumes = "text/csv")
    @Operation(summary = "Import rates from CSV", description = "Lines currency,date,kzt,source; a header line is "
            + "allowed. All or nothing.")
    List<RateView> importCsv(@RequestBody String csv) {
        return rates.importCsv(csv).stream().map(RateView::of).toList();
    }

    private static Currency currency(String code) {
        try {
            Currency currency = Currency.valueOf(code.toUpperCase(Locale.ROOT));
            if (currency != Currency.KZT) {
                return currency;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new InvalidField("currency", "exchange-rate.currency.unknown", "currency must be EUR, USD or RUB");
    }

    private static LocalDate day(String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidField("date", "exchange-rate.date.malformed", "date must be YYYY-MM-DD");
        }
    }
}

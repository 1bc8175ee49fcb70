package org.cosmodrome.auctions.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.cosmodrome.auctions.ExchangeRate;
import org.cosmodrome.auctions.ExchangeRates;
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
@Tag(name = "Exchange rates", description = "Tenge per unit of EUR, USD or RUB by day, to show lot prices in the "
        + "other currency; public to read, entered by the operator")
class ExchangeRateController {

    private final ExchangeRates rates;

    ExchangeRateController(ExchangeRates rates) {
        this.rates = rates;
    }

    record RateBody(@NotNull @Positive BigDecimal kzt, @NotBlank @Size(max = 1000) String source) {
    }

    @GetMapping("/{currency}/{date}")
    @Operation(summary = "The rate of a day", description = "Exactly that day's rate, not an earlier one.")
    ExchangeRate get(@PathVariable String currency, @PathVariable String date) {
        return rates.find(currency, day(date)).orElseThrow(() -> new RecordNotFound("exchange rate",
                currency + "/" + date));
    }

    @PutMapping("/{currency}/{date}")
    @Operation(summary = "Enter or replace the rate of a day")
    ExchangeRate put(@PathVariable String currency, @PathVariable String date, @Valid @RequestBody RateBody body) {
        return rates.put(new ExchangeRate(currency, day(date), body.kzt(), body.source().strip()));
    }

    @PostMapping(consumes = "text/csv")
    @Operation(summary = "Import rates from CSV", description = "Lines currency,date,kzt,source; a header line is "
            + "allowed. All or nothing.")
    List<ExchangeRate> importCsv(@RequestBody String csv) {
        return rates.importCsv(csv);
    }

    private static LocalDate day(String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidField("date", "exchange-rate.date.malformed", "date must be YYYY-MM-DD");
        }
    }
}

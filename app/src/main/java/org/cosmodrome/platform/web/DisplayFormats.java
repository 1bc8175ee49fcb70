package org.cosmodrome.platform.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, times, numbers, money and coordinates as the console shows them, in the language of the request. Templates
 * call it as {@code ${@formats.date(day)}}. Times are shown at the cosmodrome (UTC+5) with their zone, and in UTC.
 */
@Component("formats")
public class DisplayFormats {

    /** Local time at Baikonur. */
    public static final ZoneId COSMODROME_TIME = ZoneId.of("Asia/Qyzylorda");

    private final MessageSource messages;

    DisplayFormats(MessageSource messages) {
        this.messages = messages;
    }

    /** A day in the locale's medium form: 21 Nov 2026 / 21 нояб. 2026 г. / 2026 ж. 21 қар. */
    public String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale())
                .format(day);
    }

    /**
     * A date known only to some precision, as ISO text {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}: shown
     * with that precision and no more (a year stays a year).
     */
    public String partialDate(String iso) {
        if (iso == null) {
            return "";
        }
        if (iso.length() == 4) {
            return iso;
        }
        if (iso.length() == 7) {
            return DateTimeFormatter.ofPattern("LLLL yyyy", locale()).format(LocalDate.parse(iso + "-01"));
        }
        return date(LocalDate.parse(iso));
    }

    /** An instant at the cosmodrome with its zone, then in UTC: 21 Nov 2026, 14:27 (UTC+5) · 09:27 UTC. */
    public String instant(Instant instant) {
        if (instant == null) {
            return "";
        }
        DateTimeFormatter local = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale());
        DateTimeFormatter utc = DateTimeFormatter.ofPattern("HH:mm", locale());
        return local.format(instant.atZone(COSMODROME_TIME)) + " (UTC+5) · " + utc.format(instant.atOffset(
                ZoneOffset.UTC)) + " UTC";
    }

    /** A number with at most {@code fractionDigits} decimals, grouped and punctuated for the locale. */
    public String number(Number value, int fractionDigits) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(fractionDigits);
        format.setMinimumFractionDigits(0);
        return format.format(value instanceof BigDecimal decimal ? decimal : value.doubleValue());
    }

    /**
     * A number to {@code digits} significant digits for the locale, in powers of ten when below one thousandth
     * (casualty expectations): 0.25 / 3.2 × 10⁻⁵ / 3,2 × 10⁻⁵. Empty for {@code null}, the value itself when not finite.
     */
    public String significant(Number value, int digits) {
        if (value == null) {
            return "";
        }
        double v = value.doubleValue();
        if (v == 0 || !Double.isFinite(v)) {
            return number(v, 0);
        }
        BigDecimal rounded = new BigDecimal(v).round(new java.math.MathContext(digits));
        if (Math.abs(v) >= 1e-3) {
            return number(rounded, Math.max(0, rounded.scale()));
        }
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointRight(-exponent);
        return number(mantissa, Math.max(0, digits - 1)) + " × 10" + superscript(exponent);
    }

    private static String superscript(int exponent) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder out = new StringBuilder(exponent < 0 ? "⁻" : "");
        for (char c : Integer.toString(Math.abs(exponent)).toCharArray()) {
            out.append(digits.charAt(c - '0'));
        }
        return out.toString();
    }

    /** An amount in its currency, for the locale: US$115,000,000 / 115 000 000 $ / 115 000 000 US$. */
    public String money(BigDecimal amount, String currency) {
        if (amount == null || currency == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        format.setCurrency(Currency.getInstance(currency));
        int fraction = amount.stripTrailingZeros().scale() <= 0 ? 0 : 2;
        format.setMinimumFractionDigits(fraction);
        format.setMaximumFractionDigits(fraction);
        return format.format(amount);
    }

    /** Latitude and longitude in degrees with the locale's hemisphere letters: 45.996° N, 63.564° E. */
    public String coordinates(double latitude, double longitude, int fractionDigits) {
        Locale locale = locale();
        String north = messages.getMessage(latitude >= 0 ? "geo.north" : "geo.south", null, locale);
        String east = messages.getMessage(longitude >= 0 ? "geo.east" : "geo.west", null, locale);
        return number(Math.abs(latitude), fractionDigits) + "° " + north + ", "
                + number(Math.abs(longitude), fractionDigits) + "° " + east;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}

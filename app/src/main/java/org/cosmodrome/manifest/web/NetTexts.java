package org.cosmodrome.manifest.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.cosmodrome.manifest.Net;
import org.cosmodrome.manifest.NetPrecision;
import org.cosmodrome.platform.web.DisplayFormats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A NET as the console shows it: to its precision and no more, in the language of the request. Times (second,
 * minute, hour) are shown at the cosmodrome with UTC+5 and in UTC; days and longer periods are the cosmodrome's.
 * Templates call it as {@code ${@nets.text(launch.net())}}.
 */
@Component("nets")
class NetTexts {

    private final DisplayFormats formats;
    private final MessageSource messages;

    NetTexts(DisplayFormats formats, MessageSource messages) {
        this.formats = formats;
        this.messages = messages;
    }

    public String text(Net net) {
        if (net == null) {
            return messages.getMessage("manifest.net.none", null, locale());
        }
        Locale locale = locale();
        Instant at = net.at();
        LocalDate day = net.day();
        return switch (net.precision()) {
            case SECOND -> time(at, "HH:mm:ss", locale);
            case MINUTE -> time(at, "HH:mm", locale);
            case HOUR -> time(at, "HH:00", locale);
            case DAY -> formats.date(day);
            case MONTH -> DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(day);
            case QUARTER -> messages.getMessage("manifest.net.quarter",
                    new Object[] {Integer.toString((day.getMonthValue() - 1) / 3 + 1), Integer.toString(day.getYear())},
                    locale);
            case YEAR -> Integer.toString(day.getYear());
        };
    }

    private static String time(Instant at, String clock, Locale locale) {
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .format(at.atZone(NetPrecision.SITE_TIME));
        DateTimeFormatter pattern = DateTimeFormatter.ofPattern(clock, locale);
        return date + ", " + pattern.format(at.atZone(NetPrecision.SITE_TIME)) + " (UTC+5) · "
                + pattern.format(at.atOffset(ZoneOffset.UTC)) + " UTC";
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}

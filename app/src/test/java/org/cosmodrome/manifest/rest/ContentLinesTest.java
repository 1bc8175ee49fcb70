package org.cosmodrome.manifest.rest;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** iCalendar content lines: RFC 5545's escaping (3.3.11) and folding at 75 octets (3.1), read back by ical4j. */
class ContentLinesTest {

    @Test
    void escapesBackslashSemicolonCommaAndNewlines() {
        assertThat(ContentLines.escape("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
    }

    @Test
    void foldsLongLinesAt75OctetsWithoutSplittingACyrillicLetter() {
        // Cyrillic letters take two octets of UTF-8 each: 200 of them need several continuation lines.
        String text = new ContentLines().text("DESCRIPTION", "Байконур".repeat(25)).toString();

        String[] lines = text.split("\r\n");
        assertThat(lines).hasSizeGreaterThan(5);
        assertThat(Arrays.stream(lines).mapToInt(l -> l.getBytes(StandardCharsets.UTF_8).length))
                .allMatch(octets -> octets <= 75);
        assertThat(Arrays.stream(lines).skip(1)).allMatch(line -> line.startsWith(" "));
        assertThat(text).doesNotContain("\uFFFD");
    }

    @Test
    void givesBackTheSameTextToARealParser() throws Exception {
        String description = ("Slip; weather, then range \\ again\nNET: 2027-09 " + "Байконур ".repeat(20)).strip();
        String calendar = new ContentLines().raw("BEGIN", "VCALENDAR").raw("VERSION", "2.0")
                .raw("PRODID", "-//Cosmodrome//test//EN").raw("BEGIN", "VEVENT").raw("UID", "x@cosmodrome.test")
                .raw("DTSTAMP", "20270901T000000Z").raw("DTSTART;VALUE=DATE", "20270914")
                .text("DESCRIPTION", description).raw("END", "VEVENT").raw("END", "VCALENDAR").toString();

        Calendar parsed = new CalendarBuilder().build(new StringReader(calendar));

        VEvent event = parsed.<VEvent>getComponents(Component.VEVENT).get(0);
        assertThat(event.<Property>getProperty(Property.DESCRIPTION).orElseThrow().getValue()).isEqualTo(description);
    }
}

package org.cosmodrome.finance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.cosmodrome.finance.Programme;
import org.cosmodrome.finance.Programmes;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.platform.web.JsonIsland;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/** A capital programme in the console: its S-curve, milestone timeline, budget lines, totals and pledges. */
@Controller
class ProgrammePages {

    private final Programmes programmes;
    private final MessageSource messages;
    private final JsonMapper json;

    ProgrammePages(Programmes programmes, MessageSource messages, JsonMapper json) {
        this.programmes = programmes;
        this.messages = messages;
        this.json = json;
    }

    /** What the charts draw: months with cumulative amounts, and milestones by planned and actual day. */
    record Charts(String currency, List<String> months, List<BigDecimal> planned, List<BigDecimal> actual,
            List<TimelineRow> milestones, Labels labels) {
    }

    record TimelineRow(String name, LocalDate planned, LocalDate actual) {
    }

    record Labels(String planned, String actual, String plannedDay, String actualDay) {
    }

    @GetMapping("/finance/programmes/{id}")
    String page(@PathVariable String id, Model model, Locale locale) {
        Programme programme = programmes.find(id).orElseThrow(() -> new RecordNotFound("programme", id));
        Labels labels = new Labels(messages.getMessage("programme.curve.planned", null, locale),
                messages.getMessage("programme.curve.actual", null, locale),
                messages.getMessage("programme.milestones.planned", null, locale),
                messages.getMessage("programme.milestones.actual", null, locale));
        Charts charts = new Charts(programme.currency().name(),
                programme.sCurve().stream().map(m -> m.month().toString()).toList(),
                programme.sCurve().stream().map(Programme.Month::planned).toList(),
                programme.sCurve().stream().map(Programme.Month::actual).toList(),
                programme.milestones().stream().map(m -> new TimelineRow(m.name(), m.planned(), m.actual())).toList(),
                labels);
        model.addAttribute("programme", programme);
        model.addAttribute("chartJson", JsonIsland.of(json, charts));
        model.addAttribute("nav", "finance");
        return "finance/programme";
    }
}

package org.cosmodrome.finance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.cosmodrome.finance.Programme;
import org.cosmodrome.finance.ProgrammePayments;
import org.cosmodrome.finance.Programmes;
import org.cosmodrome.platform.AccessDenied;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.platform.RuleViolation;
import org.cosmodrome.platform.web.JsonIsland;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * A capital programme in the console: its S-curve, milestone timeline, budget lines (budget, committed, paid,
 * remaining), payments, commitments, totals and pledges; and, for the spaceport operator and the host authority, the
 * form recording a payment through {@link ProgrammePayments}, its refusals shown beside the field they name.
 */
@Controller
class ProgrammePages {

    private final Programmes programmes;
    private final ProgrammePayments payments;
    private final CurrentActor currentActor;
    private final MessageSource messages;
    private final JsonMapper json;

    ProgrammePages(Programmes programmes, ProgrammePayments payments, CurrentActor currentActor,
            MessageSource messages, JsonMapper json) {
        this.programmes = programmes;
        this.payments = payments;
        this.currentActor = currentActor;
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

    /** The payment form's fields as typed, to show them again beside a refusal. */
    record PaymentForm(String line, String amount, String date, String documentRef, String description) {

        static PaymentForm empty() {
            return new PaymentForm(null, null, null, null, null);
        }
    }

    @GetMapping("/finance/programmes/{id}")
    String page(@PathVariable String id, @RequestParam(required = false) String recorded, Model model,
            Locale locale) {
        fill(id, model, locale, PaymentForm.empty(), Map.of());
        model.addAttribute("recorded", recorded);
        return "finance/programme";
    }

    @PostMapping("/finance/programmes/{id}/payments")
    String pay(@PathVariable String id, @ModelAttribute PaymentForm form, Model model, HttpServletResponse response,
            Locale locale) {
        Programme programme = programmes.find(id).orElseThrow(() -> new RecordNotFound("programme", id));
        try {
            Programme.Payment payment = payments.pay(id, new ProgrammePayments.NewPayment(form.line(),
                    amount(form.amount()), programme.currency(), date(form.date()), form.documentRef(),
                    form.description()));
            return "redirect:/finance/programmes/" + id + "?recorded=" + payment.id();
        } catch (InvalidField e) {
            response.setStatus(422);
            fill(id, model, locale, form, Map.of(e.field(), error(e.field(), e.code(), e.getMessage(), locale)));
        } catch (RuleViolation e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            String field = e.field() == null ? "form" : e.field();
            fill(id, model, locale, form, Map.of(field, error(field, e.code(), e.getMessage(), locale)));
        } catch (AccessDenied e) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            fill(id, model, locale, form, Map.of("form", messages.getMessage("programme.payment.error.form.denied",
                    null, locale)));
        }
        return "finance/programme";
    }

    /** The refusal in the page's language; a rule's code is looked up by its last part ({@code over-budget}). */
    private String error(String field, String code, String fallback, Locale locale) {
        String shortCode = code.substring(code.lastIndexOf('.') + 1);
        return messages.getMessage("programme.payment.error." + field + "." + shortCode, null, fallback, locale);
    }

    private static BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.').replace(" ", "").replace("\u00a0", ""));
        } catch (NumberFormatException e) {
            throw new InvalidField("amount", "not-a-number", "The amount must be a number, was '" + text + "'.");
        }
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidField("date", "not-a-date", "The date must be a day such as 2026-03-31.");
        }
    }

    private void fill(String id, Model model, Locale locale, PaymentForm form, Map<String, String> errors) {
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
        model.addAttribute("mayRecord", ProgrammePayments.mayRecord(currentActor.get()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("nav", "finance");
    }
}

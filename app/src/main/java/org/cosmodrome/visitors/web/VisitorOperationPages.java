package org.cosmodrome.visitors.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cosmodrome.platform.Csv;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.platform.RuleViolation;
import org.cosmodrome.platform.web.JsonIsland;
import org.cosmodrome.platform.web.ProblemTexts;
import org.cosmodrome.visitors.Pass;
import org.cosmodrome.visitors.PassStatus;
import org.cosmodrome.visitors.VisitorOperations;
import org.cosmodrome.visitors.VisitorPasses;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.json.JsonMapper;

/**
 * The spaceport operator's visitor pages: places per viewing point and launch and per tour (with a chart and CSV),
 * the pass queue with its decisions, and the outbox of messages to visitors. Visitors' personal data is shown here,
 * so every page is the operator's alone.
 */
@Controller
class VisitorOperationPages {

    private final VisitorOperations operations;
    private final VisitorPasses passes;
    private final ProblemTexts problems;
    private final MessageSource messages;
    private final JsonMapper json;

    VisitorOperationPages(VisitorOperations operations, VisitorPasses passes, ProblemTexts problems,
            MessageSource messages, JsonMapper json) {
        this.operations = operations;
        this.passes = passes;
        this.problems = problems;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/visitors/operations")
    String capacity(Model model) {
        VisitorOperations.Capacity capacity = operations.capacity();
        List<Map<String, Object>> charts = new ArrayList<>();
        for (VisitorOperations.LaunchPlaces launch : capacity.launches()) {
            List<String> labels = new ArrayList<>();
            Map<String, List<Integer>> series = new LinkedHashMap<>();
            for (String key : List.of("confirmed", "held", "waitlisted", "free")) {
                series.put(key, new ArrayList<>());
            }
            for (VisitorOperations.PointPlaces p : launch.points()) {
                labels.add(p.point().name());
                series.get("confirmed").add(p.places().confirmed());
                series.get("held").add(p.places().held());
                series.get("waitlisted").add(p.places().waitlisted());
                series.get("free").add(p.places().free());
            }
            charts.add(Map.of("labels", labels, "series", series));
        }
        model.addAttribute("nav", "visitor-operations");
        model.addAttribute("capacity", capacity);
        model.addAttribute("chartData", JsonIsland.of(json, Map.of("launches", charts)));
        return "visitors/operations";
    }

    @GetMapping(value = "/visitors/operations.csv", produces = "text/csv")
    @ResponseBody
    ResponseEntity<String> capacityCsv() {
        VisitorOperations.Capacity capacity = operations.capacity();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("kind", "launch", "mission", "tour", "point", "day", "capacity", "confirmed",
                "held_awaiting_pass", "waitlisted", "free", "open", "reason"));
        for (VisitorOperations.LaunchPlaces l : capacity.launches()) {
            for (VisitorOperations.PointPlaces p : l.points()) {
                rows.add(row("viewing", l.launch(), l.mission(), null, p.point().id(), l.day().toString(),
                        p.places(), p.open(), p.reason()));
            }
        }
        for (VisitorOperations.TourPlaces t : capacity.tours()) {
            rows.add(row("tour", null, null, t.tour().id(), null, t.day().toString(), t.places(), true, null));
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"visitor-capacity.csv\"")
                .body(Csv.of(rows));
    }

    private static List<Object> row(String kind, String launch, String mission, String tour, String point, String day,
            VisitorOperations.Places places, boolean open, String reason) {
        List<Object> row = new ArrayList<>();
        row.add(kind);
        row.add(launch);
        row.add(mission);
        row.add(tour);
        row.add(point);
        row.add(day);
        row.add(places.capacity());
        row.add(places.confirmed());
        row.add(places.held());
        row.add(places.waitlisted());
        row.add(places.free());
        row.add(open);
        row.add(reason);
        return row;
    }

    @GetMapping("/visitors/passes")
    String passes(Model model) {
        model.addAttribute("nav", "visitor-passes");
        model.addAttribute("queue", operations.passes());
        return "visitors/passes";
    }

    /** The operator approves or refuses a pass through the same service as the API (ledger, bookings confirmed). */
    @PostMapping("/visitors/passes/{id}/decision")
    String decide(@PathVariable String id, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String note, RedirectAttributes flash, Locale locale) {
        try {
            PassStatus status = "APPROVED".equals(decision) ? PassStatus.APPROVED
                    : "REFUSED".equals(decision) ? PassStatus.REFUSED : null;
            Pass pass = passes.decide(id, status, note == null || note.isBlank() ? null : note.strip());
            flash.addFlashAttribute("passNotice", messages.getMessage("visitors.passes.decided." + pass.status().name(),
                    new Object[] {pass.id()}, locale));
        } catch (InvalidField e) {
            flash.addFlashAttribute("passProblem", problems.describe(e.code(), e.getMessage(), locale));
        } catch (RuleViolation e) {
            flash.addFlashAttribute("passProblem", problems.describe(e.code(), e.getMessage(), locale));
        } catch (RecordNotFound e) {
            flash.addFlashAttribute("passProblem", e.getMessage());
        }
        return "redirect:/visitors/passes";
    }

    @GetMapping("/visitors/messages")
    String messages(Model model) {
        model.addAttribute("nav", "visitor-messages");
        model.addAttribute("messages", operations.messages());
        return "visitors/messages";
    }
}

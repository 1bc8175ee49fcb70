package org.cosmodrome.finance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cosmodrome.finance.Arrears;
import org.cosmodrome.finance.FinanceExports;
import org.cosmodrome.finance.Receivables;
import org.cosmodrome.finance.Statement;
import org.cosmodrome.platform.AccessDenied;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.web.DisplayFormats;
import org.cosmodrome.platform.web.JsonIsland;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import tools.jackson.databind.json.JsonMapper;

/**
 * The books in the console: arrears aged by days past due with a stacked chart, and each party's statement of
 * account with its balance over time; both as CSV. A party sees only its own; the operator, host and auditors all.
 */
@Controller
class FinancePages {

    private final Receivables receivables;
    private final CurrentActor currentActor;
    private final JsonMapper json;
    private final Clock clock;

    FinancePages(Receivables receivables, CurrentActor currentActor, JsonMapper json, Clock clock) {
        this.receivables = receivables;
        this.currentActor = currentActor;
        this.json = json;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DisplayFormats.COSMODROME_TIME));
    }

    private List<Arrears> visibleArrears() {
        Actor actor = currentActor.get();
        if (actor.readsEverything()) {
            return receivables.arrears(today(), null);
        }
        return actor.organization() == null ? List.of() : receivables.arrears(today(), actor.organization());
    }

    private void checkReads(String party) {
        Actor actor = currentActor.get();
        if (!actor.readsEverything() && !actor.actsFor(party)) {
            throw new AccessDenied("not-your-statement", "Only the party itself and overseers read its statement.");
        }
        receivables.checkParty(party);
    }

    @GetMapping("/finance")
    String arrears(Model model) {
        List<Arrears> arrears = visibleArrears();
        Map<String, Object> chart = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        Map<String, List<Object>> series = new LinkedHashMap<>();
        for (String bucket : List.of("0-30", "31-90", "91-365", "365+")) {
            series.put(bucket, new ArrayList<>());
        }
        for (Arrears a : arrears) {
            labels.add(a.party() + " · " + (a.agreement() == null ? "—" : a.agreement()) + " · " + a.currency());
            series.get("0-30").add(a.upTo30().amount());
            series.get("31-90").add(a.upTo90().amount());
            series.get("91-365").add(a.upTo365().amount());
            series.get("365+").add(a.over365().amount());
        }
        chart.put("labels", labels);
        chart.put("series", series);
        model.addAttribute("nav", "finance");
        model.addAttribute("asOf", today());
        model.addAttribute("arrears", arrears);
        model.addAttribute("chartData", JsonIsland.of(json, chart));
        return "finance/arrears";
    }

    @GetMapping("/finance/statements/{party}")
    String statement(@PathVariable String party, Model model) {
        checkReads(party);
        List<Statement> statements = receivables.statements(party, null, null, null, null);
        List<Map<String, Object>> charts = new ArrayList<>();
        for (Statement s : statements) {
            List<List<Object>> points = new ArrayList<>();
            for (Statement.Line line : s.lines()) {
                points.add(List.of(line.date().toString(), line.balance().amount()));
            }
            charts.add(Map.of("currency", s.currency().name(), "points", points));
        }
        model.addAttribute("nav", "finance");
        model.addAttribute("party", party);
        model.addAttribute("statements", statements);
        model.addAttribute("chartData", JsonIsland.of(json, Map.of("statements", charts)));
        return "finance/statement";
    }

    @GetMapping(value = "/finance/statements/{party}.csv", produces = "text/csv")
    @ResponseBody
    ResponseEntity<String> statementCsv(@PathVariable String party) {
        checkReads(party);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"statement-" + party + ".csv\"")
                .body(FinanceExports.statements(party, receivables.statements(party, null, null, null, null)));
    }

    @GetMapping(value = "/finance/arrears.csv", produces = "text/csv")
    @ResponseBody
    ResponseEntity<String> arrearsCsv() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"arrears.csv\"")
                .body(FinanceExports.arrears(visibleArrears()));
    }
}

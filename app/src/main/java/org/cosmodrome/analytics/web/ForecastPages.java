package org.cosmodrome.analytics.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.cosmodrome.analytics.ForecastPlanning;
import org.cosmodrome.analytics.ForecastRun;
import org.cosmodrome.analytics.ForecastRunStatus;
import org.cosmodrome.analytics.ForecastStoredScenario;
import org.cosmodrome.analytics.ForecastTables;
import org.cosmodrome.planning.ScheduleProblem;
import org.cosmodrome.planning.forecast.BindingResource;
import org.cosmodrome.planning.forecast.ForecastReport;
import org.cosmodrome.planning.forecast.ForecastScenario;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.platform.Role;
import org.cosmodrome.platform.RuleViolation;
import org.cosmodrome.platform.web.JsonIsland;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * The forecast pages: scenarios and runs with live progress and the form starting a run; a run's fan chart of demand
 * against capacity, its unflown launches by binding resource and the per-year table; two runs side by side; and the
 * scenario editor, which saves a new scenario. CSV downloads go through here because the API takes only tokens.
 */
@Controller
class ForecastPages {

    private static final String NAV = "forecasts";

    private final ForecastPlanning planning;
    private final CurrentActor currentActor;
    private final MessageSource messages;
    private final JsonMapper json;

    ForecastPages(ForecastPlanning planning, CurrentActor currentActor, MessageSource messages, JsonMapper json) {
        this.planning = planning;
        this.currentActor = currentActor;
        this.messages = messages;
        this.json = json;
    }

    record RunForm(String scenario, Long seed, Integer samples) {
    }

    /**
     * The editor's fields; {@code eventDates} in the order of the scenario's events, {@code enabledEvents} the ids
     * ticked. Growth rates are in percent.
     */
    record ScenarioForm(String base, String name, Long seed, Integer samples, Double growthRate, Double growthLow,
            Double growthHigh, List<String> eventDates, List<String> enabledEvents, String rangeSeparationDays,
            List<String> turnarounds, List<String> zoneLimits, List<String> capLimits, List<String> streamRates) {
    }

    /** A run's figures as the charts draw them, year by year. */
    record ChartData(String name, List<Integer> years, List<Double> demandP10, List<Double> demandMedian,
            List<Double> demandP90, List<Double> flownMedian, List<Integer> ceiling, List<String> resources,
            Map<String, String> resourceLabels, Map<String, List<Double>> unflownMean, Map<String, String> labels) {
    }

    /** A row of the per-year table. */
    record YearRow(ForecastReport.YearOutlook year, String binding) {
    }

    /** A row of the comparison: the same year in both runs ({@code null} where a run does not forecast it). */
    record CompareRow(int year, ForecastReport.YearOutlook a, ForecastReport.YearOutlook b, String bindingA,
            String bindingB, Double demandDiff, Double flownDiff, Double unflownDiff, Integer ceilingDiff) {
    }

    /** What the progress bars poll. */
    record Progress(String status, String statusText, int done, int total, double percent, boolean finished) {
    }

    @GetMapping("/forecasts")
    String forecasts(Model model, @RequestParam(required = false) String saved, Locale locale) {
        fillIndex(model, new RunForm(null, null, null), Map.of());
        model.addAttribute("saved", saved);
        return "analytics/forecasts";
    }

    @PostMapping("/forecasts/runs")
    String startRun(@ModelAttribute RunForm form, Model model, HttpServletResponse response) {
        try {
            UUID scenario = uuid(form.scenario()).orElseThrow(() -> new InvalidField("scenario", "required",
                    "Choose a scenario."));
            ForecastRun run = planning.start(scenario, form.seed(), form.samples());
            return "redirect:/forecasts/runs/" + run.id();
        } catch (InvalidField | RecordNotFound e) {
            response.setStatus(422);
            String field = e instanceof InvalidField invalid ? invalid.field() : "scenario";
            fillIndex(model, form, Map.of(field, e.getMessage()));
            return "analytics/forecasts";
        }
    }

    @PostMapping("/forecasts/runs/{id}/cancel")
    String cancel(@PathVariable String id, @RequestParam(required = false) String back) {
        UUID run = uuid(id).orElseThrow(() -> new RecordNotFound("forecast-run", id));
        try {
            planning.cancel(run);
        } catch (RuleViolation finished) {
            // finished meanwhile: the page shows how
        }
        return "redirect:" + ("index".equals(back) ? "/forecasts" : "/forecasts/runs/" + run);
    }

    @PostMapping("/forecasts/runs/{id}/rerun")
    String rerun(@PathVariable String id) {
        UUID run = uuid(id).orElseThrow(() -> new RecordNotFound("forecast-run", id));
        return "redirect:/forecasts/runs/" + planning.rerun(run).id();
    }

    @GetMapping(value = "/forecasts/runs/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Progress> progress(@PathVariable String id, Locale locale) {
        Optional<ForecastRun> run = find(id);
        if (run.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        ForecastRun r = run.get();
        return ResponseEntity.ok(new Progress(r.status().name(), statusText(r, locale), r.done(), r.total(),
                r.percent(), r.status().finished()));
    }

    @GetMapping("/forecasts/runs/{id}")
    String run(@PathVariable String id, Model model, HttpServletResponse response, Locale locale) {
        Optional<ForecastRun> found = find(id);
        if (found.isEmpty()) {
            return notFound(id, model, response);
        }
        ForecastRun run = found.get();
        model.addAttribute("nav", NAV);
        model.addAttribute("run", run);
        model.addAttribute("statusText", statusText(run, locale));
        model.addAttribute("canWrite", canWrite());
        if (run.report() != null) {
            model.addAttribute("rows", run.report().years().stream()
                    .map(y -> new YearRow(y, bindingText(y.binding(), locale))).toList());
            Map<String, ChartData> charts = new LinkedHashMap<>();
            charts.put("run", chart(run, locale));
            model.addAttribute("chartJson", JsonIsland.of(json, charts));
        }
        return "analytics/forecast-run";
    }

    @GetMapping(value = "/forecasts/runs/{id}/years.csv")
    ResponseEntity<String> yearsCsv(@PathVariable String id) {
        return csv(id, true);
    }

    @GetMapping(value = "/forecasts/runs/{id}/binding.csv")
    ResponseEntity<String> bindingCsv(@PathVariable String id) {
        return csv(id, false);
    }

    @GetMapping("/forecasts/compare")
    String compare(@RequestParam(required = false) String a, @RequestParam(required = false) String b, Model model,
            HttpServletResponse response, Locale locale) {
        Optional<ForecastRun> runA = find(a == null ? "" : a).filter(r -> r.report() != null);
        Optional<ForecastRun> runB = find(b == null ? "" : b).filter(r -> r.report() != null);
        if (runA.isEmpty() || runB.isEmpty()) {
            return notFound(runA.isEmpty() ? a : b, model, response);
        }
        ForecastRun ra = runA.get();
        ForecastRun rb = runB.get();
        model.addAttribute("nav", NAV);
        model.addAttribute("a", ra);
        model.addAttribute("b", rb);
        Map<String, ChartData> charts = new LinkedHashMap<>();
        charts.put("a", chart(ra, locale));
        charts.put("b", chart(rb, locale));
        model.addAttribute("chartJson", JsonIsland.of(json, charts));
        Map<Integer, ForecastReport.YearOutlook> byYearA = byYear(ra.report());
        Map<Integer, ForecastReport.YearOutlook> byYearB = byYear(rb.report());
        Set<Integer> years = new TreeSet<>(byYearA.keySet());
        years.addAll(byYearB.keySet());
        List<CompareRow> rows = new ArrayList<>();
        for (int year : years) {
            ForecastReport.YearOutlook ya = byYearA.get(year);
            ForecastReport.YearOutlook yb = byYearB.get(year);
            boolean both = ya != null && yb != null;
            rows.add(new CompareRow(year, ya, yb, ya == null ? null : bindingText(ya.binding(), locale),
                    yb == null ? null : bindingText(yb.binding(), locale),
                    both ? yb.demand().median() - ya.demand().median() : null,
                    both ? yb.flown().median() - ya.flown().median() : null,
                    both ? yb.unflown().median() - ya.unflown().median() : null,
                    both ? yb.ceiling() - ya.ceiling() : null));
        }
        model.addAttribute("rows", rows);
        return "analytics/forecast-compare";
    }

    @GetMapping("/forecasts/scenarios/{id}/edit")
    String edit(@PathVariable String id, Model model, HttpServletResponse response) {
        Optional<ForecastStoredScenario> found = uuid(id).flatMap(this::scenario);
        if (found.isEmpty()) {
            return scenarioNotFound(id, model, response);
        }
        ForecastScenario s = found.get().scenario();
        ScenarioForm form = new ScenarioForm(found.get().id().toString(), s.name(), s.seed(), s.samples(),
                percent(s.growth().rate()), percent(s.growth().low()), percent(s.growth().high()),
                s.events().stream().map(e -> e.date().toString()).toList(),
                s.events().stream().filter(ForecastScenario.ScenarioEvent::enabled)
                        .map(ForecastScenario.ScenarioEvent::id).toList(),
                Integer.toString(s.site().rangeSeparationDays()),
                s.site().vehicles().stream().map(v -> Integer.toString(v.turnaroundDays())).toList(),
                s.site().dropZones().stream().map(z -> z.maxLaunchesPerYear() == null ? ""
                        : Integer.toString(z.maxLaunchesPerYear())).toList(),
                s.site().caps().stream().map(c -> Integer.toString(c.maxPerYear())).toList(),
                s.streams().stream().map(st -> BigDecimal.valueOf(st.perYear()).stripTrailingZeros().toPlainString())
                        .toList());
        fillEditor(model, found.get(), form, Map.of());
        return "analytics/forecast-edit";
    }

    @PostMapping("/forecasts/scenarios")
    String save(@ModelAttribute ScenarioForm form, Model model, HttpServletResponse response) {
        Optional<ForecastStoredScenario> base = uuid(form.base()).flatMap(this::scenario);
        if (base.isEmpty()) {
            return scenarioNotFound(form.base(), model, response);
        }
        try {
            ForecastStoredScenario saved = planning.save(edited(base.get().scenario(), form));
            return "redirect:/forecasts?saved=" + saved.id();
        } catch (InvalidField e) {
            response.setStatus(422);
            fillEditor(model, base.get(), form, Map.of(e.field(), e.getMessage()));
            return "analytics/forecast-edit";
        }
    }

    /** The base scenario with the form's name, seed, samples, growth and events' dates and switches. */
    private static ForecastScenario edited(ForecastScenario base, ScenarioForm form) {
        if (form.name() == null || form.name().isBlank()) {
            throw new InvalidField("name", "required", "A scenario needs a name.");
        }
        if (form.seed() == null) {
            throw new InvalidField("seed", "required", "A seed is required.");
        }
        if (form.samples() == null) {
            throw new InvalidField("samples", "required", "Samples are required.");
        }
        if (form.growthRate() == null || form.growthLow() == null || form.growthHigh() == null) {
            throw new InvalidField(form.growthRate() == null ? "growth.rate" : form.growthLow() == null
                    ? "growth.low" : "growth.high", "required", "Growth rates are required.");
        }
        List<String> dates = form.eventDates() == null ? List.of() : form.eventDates();
        Set<String> enabled = new LinkedHashSet<>(form.enabledEvents() == null ? List.of() : form.enabledEvents());
        List<ForecastScenario.ScenarioEvent> events = new ArrayList<>();
        for (int i = 0; i < base.events().size(); i++) {
            ForecastScenario.ScenarioEvent e = base.events().get(i);
            LocalDate date = e.date();
            if (i < dates.size() && dates.get(i) != null && !dates.get(i).isBlank()) {
                try {
                    date = LocalDate.parse(dates.get(i).strip());
                } catch (DateTimeParseException bad) {
                    throw new InvalidField("events[" + i + "].date", "malformed", "A date is written 2028-05-01.");
                }
            }
            events.add(new ForecastScenario.ScenarioEvent(e.id(), e.label(), date, enabled.contains(e.id()),
                    e.startsStreams(), e.endsStreams(), e.opensPads(), e.closesPads()));
        }
        return new ForecastScenario(form.name().strip(), base.firstYear(), base.years(), form.seed(),
                form.samples(), new ForecastScenario.Growth(form.growthRate() / 100, form.growthLow() / 100,
                        form.growthHigh() / 100), editedSite(base.site(), form), editedStreams(base, form), events);
    }

    /**
     * The base site with the form's range separation, turnarounds, drop-zone yearly limits (blank: no limit) and caps;
     * a field left out of the form keeps the base's value.
     */
    private static ForecastScenario.Site editedSite(ForecastScenario.Site base, ScenarioForm form) {
        int separation = base.rangeSeparationDays();
        if (form.rangeSeparationDays() != null) {
            separation = whole(form.rangeSeparationDays(), "site.rangeSeparationDays", separation);
        }
        List<ScheduleProblem.Vehicle> vehicles = new ArrayList<>();
        for (int i = 0; i < base.vehicles().size(); i++) {
            ScheduleProblem.Vehicle v = base.vehicles().get(i);
            int turnaround = whole(at(form.turnarounds(), i), "site.vehicles[" + i + "].turnaroundDays",
                    v.turnaroundDays());
            vehicles.add(new ScheduleProblem.Vehicle(v.id(), v.family(), v.hazardClass(), turnaround));
        }
        List<ScheduleProblem.DropZone> zones = new ArrayList<>();
        for (int i = 0; i < base.dropZones().size(); i++) {
            ScheduleProblem.DropZone z = base.dropZones().get(i);
            String value = at(form.zoneLimits(), i);
            Integer limit = form.zoneLimits() == null || i >= form.zoneLimits().size() ? z.maxLaunchesPerYear()
                    : value == null || value.isBlank() ? null
                    : whole(value, "site.dropZones[" + i + "].maxLaunchesPerYear", 0);
            zones.add(new ScheduleProblem.DropZone(z.id(), limit, z.closures()));
        }
        List<ScheduleProblem.Cap> caps = new ArrayList<>();
        for (int i = 0; i < base.caps().size(); i++) {
            ScheduleProblem.Cap c = base.caps().get(i);
            int max = whole(at(form.capLimits(), i), "site.caps[" + i + "].maxPerYear", c.maxPerYear());
            caps.add(new ScheduleProblem.Cap(c.hazardClass(), c.family(), c.year(), max));
        }
        return new ForecastScenario.Site(separation, vehicles, base.pads(), zones, base.corridors(), caps,
                base.suspensions());
    }

    /** The base streams with the form's launches a year; a field left out keeps the base's value. */
    private static List<ForecastScenario.DemandStream> editedStreams(ForecastScenario base, ScenarioForm form) {
        List<ForecastScenario.DemandStream> streams = new ArrayList<>();
        for (int i = 0; i < base.streams().size(); i++) {
            ForecastScenario.DemandStream st = base.streams().get(i);
            String value = at(form.streamRates(), i);
            double perYear = st.perYear();
            if (value != null && !value.isBlank()) {
                try {
                    perYear = Double.parseDouble(value.strip());
                } catch (NumberFormatException bad) {
                    throw new InvalidField("streams[" + i + "].perYear", "malformed",
                            "Launches a year are a number, e.g. 2.5.");
                }
            }
            streams.add(new ForecastScenario.DemandStream(st.id(), st.label(), st.tenant(), st.vehicle(),
                    st.inclination(), st.priority(), perYear, st.spread(), st.grows(), st.windowDays()));
        }
        return streams;
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() ? null : values.get(i);
    }

    /** A whole number from a form field; a blank or absent field keeps {@code otherwise}. */
    private static int whole(String value, String field, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException bad) {
            throw new InvalidField(field, "malformed", "A whole number is required, e.g. 3.");
        }
    }

    private void fillIndex(Model model, RunForm form, Map<String, String> errors) {
        model.addAttribute("nav", NAV);
        model.addAttribute("scenarios", planning.scenarios());
        List<ForecastRun> runs = planning.recentRuns(50);
        model.addAttribute("runs", runs);
        model.addAttribute("doneRuns", runs.stream().filter(r -> r.status() == ForecastRunStatus.DONE).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("canWrite", canWrite());
    }

    private void fillEditor(Model model, ForecastStoredScenario base, ScenarioForm form,
            Map<String, String> errors) {
        model.addAttribute("nav", NAV);
        model.addAttribute("base", base);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
    }

    private ChartData chart(ForecastRun run, Locale locale) {
        ForecastReport report = run.report();
        List<Integer> years = new ArrayList<>();
        List<Double> p10 = new ArrayList<>();
        List<Double> median = new ArrayList<>();
        List<Double> p90 = new ArrayList<>();
        List<Double> flown = new ArrayList<>();
        List<Integer> ceiling = new ArrayList<>();
        Set<String> resources = new TreeSet<>();
        report.years().forEach(y -> resources.addAll(y.unflownByResource().keySet()));
        Map<String, List<Double>> unflown = new LinkedHashMap<>();
        resources.forEach(r -> unflown.put(r, new ArrayList<>()));
        for (ForecastReport.YearOutlook y : report.years()) {
            years.add(y.year());
            p10.add(y.demand().p10());
            median.add(y.demand().median());
            p90.add(y.demand().p90());
            flown.add(y.flown().median());
            ceiling.add(y.ceiling());
            for (String r : resources) {
                ForecastReport.Band band = y.unflownByResource().get(r);
                unflown.get(r).add(band == null ? 0.0 : band.mean());
            }
        }
        Map<String, String> resourceLabels = new LinkedHashMap<>();
        resources.forEach(r -> resourceLabels.put(r, bindingText(r, locale)));
        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : List.of("demandBand", "demandMedian", "flownMedian", "ceiling", "launches", "year",
                "unflownMean")) {
            labels.put(key, messages.getMessage("analytics.forecast.chart." + key, null, locale));
        }
        return new ChartData(run.inputs().name(), years, p10, median, p90, flown, ceiling, List.copyOf(resources),
                resourceLabels, unflown, labels);
    }

    /** A binding resource key ({@code PADS:Soyuz}, {@code HAZARD_CAP}) in words; {@code null} means none bound. */
    private String bindingText(String key, Locale locale) {
        if (key == null) {
            return messages.getMessage("analytics.forecast.binding.none", null, locale);
        }
        int colon = key.indexOf(':');
        String resource = colon < 0 ? key : key.substring(0, colon);
        String family = colon < 0 ? null : key.substring(colon + 1);
        try {
            BindingResource.valueOf(resource);
        } catch (IllegalArgumentException unknown) {
            return key;
        }
        return family == null
                ? messages.getMessage("analytics.forecast.binding." + resource, null, key, locale)
                : messages.getMessage("analytics.forecast.binding." + resource + ".family", new Object[] {family},
                        key, locale);
    }

    private String statusText(ForecastRun run, Locale locale) {
        return messages.getMessage("analytics.forecast.status." + run.status().name(),
                new Object[] {run.done(), run.total()}, locale);
    }

    private ResponseEntity<String> csv(String id, boolean years) {
        ForecastRun run = find(id).orElseThrow(() -> new RecordNotFound("forecast-run", id));
        if (run.report() == null) {
            throw new RecordNotFound("forecast-report", id);
        }
        String body = years ? ForecastTables.years(run.report()) : ForecastTables.binding(run.report());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"forecast-" + id + "-"
                        + (years ? "years" : "binding") + ".csv\"")
                .body(body);
    }

    private boolean canWrite() {
        return currentActor.get().has(Role.SPACEPORT_OPERATOR) || currentActor.get().has(Role.HOST_AUTHORITY);
    }

    private Optional<ForecastRun> find(String id) {
        return uuid(id).flatMap(u -> {
            try {
                return Optional.of(planning.run(u));
            } catch (RecordNotFound e) {
                return Optional.empty();
            }
        });
    }

    private Optional<ForecastStoredScenario> scenario(UUID id) {
        try {
            return Optional.of(planning.scenario(id));
        } catch (RecordNotFound e) {
            return Optional.empty();
        }
    }

    private static Map<Integer, ForecastReport.YearOutlook> byYear(ForecastReport report) {
        Map<Integer, ForecastReport.YearOutlook> map = new LinkedHashMap<>();
        report.years().forEach(y -> map.put(y.year(), y));
        return map;
    }

    private static double percent(double fraction) {
        return Math.round(fraction * 1000) / 10.0;
    }

    private static Optional<UUID> uuid(String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String notFound(String id, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("nav", NAV);
        model.addAttribute("missingKey", "analytics.forecast.run.notFound");
        model.addAttribute("missingId", id);
        model.addAttribute("backHref", "/forecasts");
        model.addAttribute("backKey", "analytics.forecast.title");
        return "fragments/not-found";
    }

    private static String scenarioNotFound(String id, Model model, HttpServletResponse response) {
        notFound(id, model, response);
        model.addAttribute("missingKey", "analytics.forecast.scenario.notFound");
        return "fragments/not-found";
    }
}

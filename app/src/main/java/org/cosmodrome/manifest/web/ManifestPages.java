package org.cosmodrome.manifest.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.manifest.Launch;
import org.cosmodrome.manifest.LaunchDraft;
import org.cosmodrome.manifest.LaunchFilter;
import org.cosmodrome.manifest.LaunchId;
import org.cosmodrome.manifest.LaunchSight;
import org.cosmodrome.manifest.LaunchStatus;
import org.cosmodrome.manifest.LaunchWindow;
import org.cosmodrome.manifest.Launches;
import org.cosmodrome.manifest.Manifest;
import org.cosmodrome.manifest.ManifestPlanning;
import org.cosmodrome.manifest.NamedOrbit;
import org.cosmodrome.manifest.Orbit;
import org.cosmodrome.manifest.Plans;
import org.cosmodrome.manifest.PriorityClass;
import org.cosmodrome.manifest.ReasonCode;
import org.cosmodrome.manifest.ReplanJob;
import org.cosmodrome.organizations.Organization;
import org.cosmodrome.organizations.OrganizationId;
import org.cosmodrome.organizations.Organizations;
import org.cosmodrome.planning.FitOption;
import org.cosmodrome.rangesafety.RangeSafetyAnalysis;
import org.cosmodrome.platform.AccessDenied;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.PageQuery;
import org.cosmodrome.platform.Role;
import org.cosmodrome.platform.RuleViolation;
import org.cosmodrome.platform.web.DisplayFormats;
import org.cosmodrome.platform.web.JsonIsland;
import org.cosmodrome.platform.web.ProblemTexts;
import org.cosmodrome.sites.Pad;
import org.cosmodrome.sites.PadFilter;
import org.cosmodrome.sites.PadId;
import org.cosmodrome.sites.Pads;
import org.cosmodrome.vehicles.Vehicle;
import org.cosmodrome.vehicles.VehicleFilter;
import org.cosmodrome.vehicles.VehicleId;
import org.cosmodrome.vehicles.VehicleStatus;
import org.cosmodrome.vehicles.Vehicles;
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
 * Pages of the manifest: the list with filters and the Gantt chart of pads over time, a launch's page with its
 * explanation and histories, the request form with "where can this fit", and the re-plan with a progress bar.
 */
@Controller
class ManifestPages {

    /** Statuses that hold a pad on the chart. */
    static final Set<LaunchStatus> ON_THE_CHART = Set.of(LaunchStatus.SCHEDULED, LaunchStatus.CONFIRMED,
            LaunchStatus.GO);

    private final Launches launches;
    private final Manifest manifest;
    private final ManifestPlanning planning;
    private final Plans plans;
    private final Pads pads;
    private final Vehicles vehicles;
    private final Organizations organizations;
    private final Ledger ledger;
    private final CurrentActor currentActor;
    private final ProblemTexts problems;
    private final MessageSource messages;
    private final JsonMapper json;
    private final NetTexts nets;
    private final DisplayFormats formats;
    private final RangeSafetyAnalysis rangeSafety;

    ManifestPages(Launches launches, Manifest manifest, ManifestPlanning planning, Plans plans, Pads pads,
            Vehicles vehicles, Organizations organizations, Ledger ledger, CurrentActor currentActor,
            ProblemTexts problems, MessageSource messages, JsonMapper json, NetTexts nets, DisplayFormats formats,
            RangeSafetyAnalysis rangeSafety) {
        this.rangeSafety = rangeSafety;
        this.nets = nets;
        this.formats = formats;
        this.launches = launches;
        this.manifest = manifest;
        this.planning = planning;
        this.plans = plans;
        this.pads = pads;
        this.vehicles = vehicles;
        this.organizations = organizations;
        this.ledger = ledger;
        this.currentActor = currentActor;
        this.problems = problems;
        this.messages = messages;
        this.json = json;
    }

    /** A row of the list: the launch and whether the viewer sees it in full. */
    record Row(Launch launch, boolean full) {
    }

    /** One bar of the Gantt chart. */
    record Bar(int row, String pad, String id, String mission, String status, String statusLabel, String day,
            String net, String url) {
    }

    record Chart(List<String> pads, List<Bar> bars, String from, String to, String label) {
    }

    /** A row of the table beside the chart: the launch and its day as this viewer may see it. */
    record ChartRow(Launch launch, String day) {
    }

    /** The planned day for those who see the launch in full; for others the first day of its public NET. */
    private static LocalDate shownDay(Launch launch, Actor viewer) {
        if (viewer.sees(List.of(launch.organization().value())) || launch.net() == null) {
            return launch.scheduledDate();
        }
        return launch.net().at().atZone(DisplayFormats.COSMODROME_TIME).toLocalDate();
    }

    /** The request form's fields as typed, to show them again beside refusals. */
    record RequestForm(String organization, String mission, String payload, String payloadMassKg, String vehicle,
            String orbit, String inclination, String altitudeKm, String earliest, String latest, String desired,
            String priority, String fixedPad) {

        static RequestForm empty() {
            return new RequestForm(null, null, null, null, null, "ISS", null, null, null, null, null, "COMMERCIAL",
                    null);
        }
    }

    @GetMapping("/manifest")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String vehicle,
            @RequestParam(required = false) String pad, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model, Locale locale) {
        LaunchStatus selectedStatus = parseEnum(LaunchStatus.class, status);
        VehicleId selectedVehicle = quietly(() -> VehicleId.of(vehicle));
        PadId selectedPad = quietly(() -> PadId.of(pad));
        LocalDate fromDay = day(from);
        LocalDate toDay = day(to);
        Actor actor = currentActor.get();
        List<Launch> found = launches.find(new LaunchFilter(selectedStatus, selectedVehicle, selectedPad, null,
                fromDay, toDay), actor, PageQuery.all()).items();
        List<Row> rows = found.stream().map(l -> new Row(l, actor.sees(List.of(l.organization().value())))).toList();

        Set<VehicleId> vehicleIds = new HashSet<>();
        Set<OrganizationId> orgIds = new HashSet<>();
        found.forEach(l -> {
            vehicleIds.add(l.vehicle());
            orgIds.add(l.organization());
        });
        List<Launch> onChart = found.stream().filter(l -> ON_THE_CHART.contains(l.status()))
                .filter(l -> l.scheduledPad() != null && l.scheduledDate() != null).toList();
        Set<String> padRows = new LinkedHashSet<>();
        onChart.stream().map(l -> l.scheduledPad().value()).sorted().forEach(padRows::add);
        List<String> padList = List.copyOf(padRows);
        // Whoever does not see a launch in full sees it at its public NET, to that NET's precision, not at the
        // planned day.
        List<Bar> bars = onChart.stream().map(l -> new Bar(padList.indexOf(l.scheduledPad().value()),
                l.scheduledPad().value(), l.id().value(), l.mission(), l.status().name(),
                messages.getMessage("launchStatus." + l.status().name(), null, locale),
                shownDay(l, actor).toString(), nets.text(l.net()),
                "/manifest/launches/" + l.id().value())).toList();
        List<ChartRow> chartRows = onChart.stream().map(l -> new ChartRow(l,
                actor.sees(List.of(l.organization().value())) || l.net() == null ? formats.date(l.scheduledDate())
                        : nets.text(l.net()))).toList();

        model.addAttribute("nav", "manifest");
        model.addAttribute("rows", rows);
        model.addAttribute("chartLaunches", onChart);
        model.addAttribute("chartRows", chartRows);
        model.addAttribute("statuses", LaunchStatus.values());
        model.addAttribute("selectedStatus", selectedStatus);
        model.addAttribute("selectedVehicle", selectedVehicle == null ? null : selectedVehicle.value());
        model.addAttribute("selectedPad", selectedPad == null ? null : selectedPad.value());
        model.addAttribute("from", fromDay);
        model.addAttribute("to", toDay);
        model.addAttribute("vehicleOptions", plannableVehicles());
        model.addAttribute("padOptions", launchPads());
        model.addAttribute("vehicleNames", vehicles.names(vehicleIds));
        model.addAttribute("organizationNames", organizations.displayNames(orgIds, locale));
        model.addAttribute("plan", plans.current().orElse(null));
        model.addAttribute("replan", planning.running().orElse(null));
        model.addAttribute("chartJson", JsonIsland.of(json, new Chart(padList, bars,
                bars.stream().map(Bar::day).min(String::compareTo).orElse(null),
                bars.stream().map(Bar::day).max(String::compareTo).orElse(null),
                messages.getMessage("manifest.gantt.title", null, locale))));
        return "manifest/manifest";
    }

    @GetMapping("/manifest/launches/{id}")
    String launch(@PathVariable String id, @RequestParam(required = false) String requested, Model model,
            HttpServletResponse response, Locale locale) {
        Optional<LaunchSight> sight = sight(id);
        if (sight.isEmpty()) {
            return notFound(id, model, response);
        }
        fillLaunch(model, sight.get(), locale);
        model.addAttribute("requested", requested != null);
        return "manifest/launch";
    }

    @PostMapping("/manifest/launches/{id}/status")
    String changeStatus(@PathVariable String id, @RequestParam(required = false) String to,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String note, Model model,
            HttpServletResponse response, Locale locale) {
        Optional<LaunchSight> sight = sight(id);
        if (sight.isEmpty() || !(sight.get() instanceof LaunchSight.Full)) {
            return notFound(id, model, response);
        }
        List<String> errors = new ArrayList<>();
        LaunchStatus target = parseEnum(LaunchStatus.class, to);
        ReasonCode code = parseEnum(ReasonCode.class, reason);
        if (target == null) {
            errors.add(problems.describe("launch.status.target-required", "to: a new status is required", locale));
        }
        if (code == null) {
            errors.add(problems.describe("launch.status.reason-required", "reason: a reason is required", locale));
        }
        if (errors.isEmpty()) {
            try {
                manifest.changeStatus(sight.get().launch().id(), target, code, note, null);
                return "redirect:/manifest/launches/" + id;
            } catch (InvalidField | RuleViolation | AccessDenied e) {
                errors.add(problems.describe(codeOf(e), e.getMessage(), locale));
            }
        }
        response.setStatus(422);
        fillLaunch(model, sight(id).orElseThrow(), locale);
        model.addAttribute("errors", errors);
        return "manifest/launch";
    }

    @GetMapping("/manifest/requests/new")
    String requestForm(Model model) {
        fillForm(model, RequestForm.empty());
        return "manifest/request";
    }

    @PostMapping("/manifest/requests")
    String submitRequest(@ModelAttribute RequestForm form, Model model, HttpServletResponse response,
            Locale locale) {
        List<String> errors = new ArrayList<>();
        try {
            Launch launch = manifest.request(null, draft(form));
            return "redirect:/manifest/launches/" + launch.id().value() + "?requested";
        } catch (InvalidField | RuleViolation | AccessDenied e) {
            errors.add(problems.describe(codeOf(e), e.getMessage(), locale));
        }
        response.setStatus(422);
        fillForm(model, form);
        model.addAttribute("errors", errors);
        return "manifest/request";
    }

    @PostMapping("/manifest/fit")
    String fit(@ModelAttribute RequestForm form, Model model, Locale locale) {
        try {
            List<FitOption> options = planning.whereCanThisFit(draft(form));
            model.addAttribute("options", options);
        } catch (InvalidField | RuleViolation | AccessDenied e) {
            model.addAttribute("fitError", problems.describe(codeOf(e), e.getMessage(), locale));
        }
        return "manifest/request :: fit-options";
    }

    @PostMapping("/manifest/replans")
    String replan(Model model) {
        model.addAttribute("replan", planning.startReplan());
        return "manifest/manifest :: replan-progress";
    }

    @GetMapping("/manifest/replans/{id}")
    String replanProgress(@PathVariable String id, Model model, HttpServletResponse response) {
        Optional<ReplanJob> job = planning.job(id);
        if (job.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        model.addAttribute("replan", job.orElse(null));
        return "manifest/manifest :: replan-progress";
    }

    private void fillLaunch(Model model, LaunchSight sight, Locale locale) {
        Launch launch = sight.launch();
        boolean full = sight instanceof LaunchSight.Full;
        model.addAttribute("nav", "manifest");
        model.addAttribute("launch", launch);
        model.addAttribute("full", full);
        model.addAttribute("vehicleName", vehicles.names(List.of(launch.vehicle())).get(launch.vehicle()));
        model.addAttribute("organizationName",
                organizations.displayNames(List.of(launch.organization()), locale).get(launch.organization()));
        if (full) {
            model.addAttribute("statusHistory", launches.statusHistory(launch.id()));
            model.addAttribute("netHistory", launches.netHistory(launch.id()));
            model.addAttribute("nextStatuses", manifest.nextFor(launch));
            model.addAttribute("clearance", rangeSafety.clearance(launch.id().value(), launch.vehicle(),
                    launch.orbit().inclination()));
            model.addAttribute("reasons", ReasonCode.values());
            model.addAttribute("ledgerEntries", ledger.find(Ledger.Filter.forTarget("launch", launch.id().value()),
                    currentActor.get(), new PageQuery(0, 100)).items());
        }
    }

    private void fillForm(Model model, RequestForm form) {
        Actor actor = currentActor.get();
        model.addAttribute("nav", "manifest");
        model.addAttribute("form", form);
        model.addAttribute("vehicleOptions", plannableVehicles());
        model.addAttribute("padOptions", launchPads());
        model.addAttribute("orbits", NamedOrbit.values());
        model.addAttribute("priorities", PriorityClass.values());
        model.addAttribute("choosesOrganization", actor.has(Role.SPACEPORT_OPERATOR));
        if (actor.has(Role.SPACEPORT_OPERATOR)) {
            model.addAttribute("organizationOptions", organizations.find(null, null, null, PageQuery.all()).items()
                    .stream().map(Organization::id).toList());
            model.addAttribute("organizationNames", organizations.displayNames(
                    organizations.find(null, null, null, PageQuery.all()).items().stream().map(Organization::id)
                            .toList(), org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        }
    }

    /** The draft a form describes. */
    private static LaunchDraft draft(RequestForm f) {
        OrganizationId organization = blank(f.organization()) ? null
                : field("organization", () -> OrganizationId.of(f.organization().strip()));
        double mass = number("payloadMassKg", f.payloadMassKg(), true);
        if (blank(f.vehicle())) {
            throw new InvalidField("vehicle", "launch.vehicle.required", "vehicle is required");
        }
        VehicleId vehicle = field("vehicle", () -> VehicleId.of(f.vehicle().strip()));
        NamedOrbit named = parseEnum(NamedOrbit.class, f.orbit());
        Double altitude = blank(f.altitudeKm()) ? null : number("altitudeKm", f.altitudeKm(), false);
        Orbit orbit = named != null ? new Orbit(named, named.inclination(), altitude)
                : Orbit.custom(number("inclination", f.inclination(), true), altitude);
        LaunchWindow window = new LaunchWindow(required("earliest", f.earliest()), required("latest", f.latest()),
                blank(f.desired()) ? null : required("desired", f.desired()));
        PriorityClass priority = parseEnum(PriorityClass.class, f.priority());
        if (priority == null) {
            throw new InvalidField("priority", "launch.priority.required", "priority is required");
        }
        PadId fixedPad = blank(f.fixedPad()) ? null : field("fixedPad", () -> PadId.of(f.fixedPad().strip()));
        return new LaunchDraft(organization, f.mission(), f.payload(), mass, vehicle, orbit, window, priority,
                fixedPad);
    }

    private List<Vehicle> plannableVehicles() {
        return vehicles.find(VehicleFilter.none(), PageQuery.all()).items().stream()
                .filter(v -> v.status() != VehicleStatus.RETIRED).toList();
    }

    private List<Pad> launchPads() {
        return pads.find(PadFilter.none(), PageQuery.all()).items().stream()
                .filter(p -> p.status().canLaunch() || p.status().name().equals("UNDER_CONVERSION")).toList();
    }

    private Optional<LaunchSight> sight(String id) {
        try {
            return manifest.sight(LaunchId.of(id));
        } catch (InvalidField malformed) {
            return Optional.empty();
        }
    }

    private static String notFound(String id, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("nav", "manifest");
        model.addAttribute("missingKey", "manifest.launch.notFound");
        model.addAttribute("missingId", id);
        model.addAttribute("backHref", "/manifest");
        model.addAttribute("backKey", "manifest.title");
        return "fragments/not-found";
    }

    private static String codeOf(RuntimeException e) {
        if (e instanceof InvalidField f) {
            return f.code();
        }
        if (e instanceof RuleViolation r) {
            return r.code();
        }
        return ((AccessDenied) e).code();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static double number(String field, String text, boolean required) {
        if (blank(text)) {
            if (required) {
                throw new InvalidField(field, "launch.field.required", field + " is required");
            }
            return 0;
        }
        try {
            return Double.parseDouble(text.strip().replace(',', '.').replace(" ", "").replace("\u00a0", ""));
        } catch (NumberFormatException e) {
            throw new InvalidField(field, "launch.field.not-a-number", field + " must be a number, was '" + text
                    + "'");
        }
    }

    private static LocalDate required(String field, String text) {
        LocalDate day = day(text);
        if (day == null) {
            throw new InvalidField(field, "launch.field.date-required", field + " must be a date (YYYY-MM-DD)");
        }
        return day;
    }

    private static LocalDate day(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static <T> T quietly(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static <T> T field(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidField malformed) {
            throw new InvalidField(field, malformed.code(), field + ": " + malformed.getMessage());
        }
    }
}

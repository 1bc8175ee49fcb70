package org.cosmodrome.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.cosmodrome.planning.DateRange;
import org.cosmodrome.planning.SchedulePlan;
import org.cosmodrome.planning.ScheduleProblem;
import org.cosmodrome.planning.ScheduleProblem.Placement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes schedule-v1 JSON: a problem's fields as in {@link ScheduleProblem} (dates {@code yyyy-MM-dd},
 * ranges {@code {start, end}} inclusive, {@code pinned} an object {@code {pad, date}} or {@code null};
 * {@code fixedPad} and {@code published} only when set), and a plan's as in {@link SchedulePlan}.
 * <p>
 * The written text puts each top-level list item on a line of its own, so instance files stay small and diff well.
 */
public final class ScheduleJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ScheduleJson() {
    }

    public static ScheduleProblem readProblem(Path file) throws IOException {
        return readProblem(Files.readString(file));
    }

    public static ScheduleProblem readProblem(String json) {
        JsonNode root = MAPPER.readTree(json);
        return new ScheduleProblem(range(root.get("horizon")), root.path("rangeSeparationDays").asInt(1),
                list(root.get("vehicles"), v -> new ScheduleProblem.Vehicle(v.get("id").asString(),
                        v.get("family").asString(), v.get("hazardClass").asString(), v.get("turnaroundDays").asInt())),
                list(root.get("pads"), p -> new ScheduleProblem.Pad(p.get("id").asString(),
                        list(p.get("vehicles"), JsonNode::asString), list(p.get("outages"), ScheduleJson::range))),
                list(root.get("dropZones"), z -> new ScheduleProblem.DropZone(z.get("id").asString(),
                        nullOr(z.get("maxLaunchesPerYear"), JsonNode::asInt), list(z.get("closures"), ScheduleJson::range))),
                list(root.get("corridors"), c -> new ScheduleProblem.Corridor(c.get("inclination").asDouble(),
                        list(c.get("dropZones"), JsonNode::asString))),
                list(root.get("caps"), c -> new ScheduleProblem.Cap(c.get("hazardClass").asString(),
                        c.get("maxPerYear").asInt())),
                list(root.get("suspensions"), s -> new ScheduleProblem.Suspension(s.get("family").asString(),
                        date(s.get("start")), date(s.get("end")))),
                list(root.get("requests"), r -> new ScheduleProblem.Request(r.get("id").asString(),
                        r.get("tenant").asString(), r.get("vehicle").asString(), r.get("inclination").asDouble(),
                        date(r.get("earliest")), date(r.get("latest")), date(r.get("desired")),
                        r.get("priority").asInt(), nullOr(r.get("pinned"), ScheduleJson::placement),
                        nullOr(r.get("fixedPad"), JsonNode::asString), nullOr(r.get("published"), ScheduleJson::placement))));
    }

    public static String write(ScheduleProblem problem) {
        List<String> fields = new ArrayList<>();
        fields.add(field("horizon", MAPPER.writeValueAsString(range(problem.horizon()))));
        fields.add(field("rangeSeparationDays", String.valueOf(problem.rangeSeparationDays())));
        fields.add(field("vehicles", lines(problem.vehicles(), v -> {
            ObjectNode n = MAPPER.createObjectNode();
            n.put("id", v.id()).put("family", v.family()).put("hazardClass", v.hazardClass())
                    .put("turnaroundDays", v.turnaroundDays());
            return n;
        })));
        fields.add(field("pads", lines(problem.pads(), p -> {
            ObjectNode n = MAPPER.createObjectNode();
            n.put("id", p.id());
            ArrayNode vs = n.putArray("vehicles");
            p.vehicles().forEach(vs::add);
            ArrayNode os = n.putArray("outages");
            p.outages().forEach(o -> os.add(range(o)));
            return n;
        })));
        fields.add(field("dropZones", lines(problem.dropZones(), z -> {
            ObjectNode n = MAPPER.createObjectNode();
            n.put("id", z.id());
            if (z.maxLaunchesPerYear() == null) {
                n.putNull("maxLaunchesPerYear");
            } else {
                n.put("maxLaunchesPerYear", z.maxLaunchesPerYear());
            }
            ArrayNode cs = n.putArray("closures");
            z.closures().forEach(c -> cs.add(range(c)));
            return n;
        })));
        fields.add(field("corridors", lines(problem.corridors(), c -> {
            ObjectNode n = MAPPER.createObjectNode();
            n.put("inclination", c.inclination());
            ArrayNode zs = n.putArray("dropZones");
            c.dropZones().forEach(zs::add);
            return n;
        })));
        fields.add(field("caps", lines(problem.caps(), c -> {
            ObjectNode n = MAPPER.createObjectNode();
            n.put("hazardClass", c.hazardClass()).put("maxPerYear", c.maxPerYear());
            return n;
        })));
        fields.add(field("suspensions", lines(problem.suspensions(), s -> {
            ObjectNode n = MAPPER.createObjectNode();
            n.put("family", s.family()).put("start", s.start().toString()).put("end", s.end().toString());
            return n;
        })));
        fields.add(field("requests", lines(problem.requests(), r -> {
            ObjectNode n = MAPPER.createObjectNode();
            n.put("id", r.id()).put("tenant", r.tenant()).put("vehicle", r.vehicle())
                    .put("inclination", r.inclination()).put("earliest", r.earliest().toString())
                    .put("latest", r.latest().toString()).put("desired", r.desired().toString())
                    .put("priority", r.priority());
            if (r.pinned() == null) {
                n.putNull("pinned");
            } else {
                n.set("pinned", placement(r.pinned()));
            }
            if (r.fixedPad() != null) {
                n.put("fixedPad", r.fixedPad());
            }
            if (r.published() != null) {
                n.set("published", placement(r.published()));
            }
            return n;
        })));
        return "{\n" + String.join(",\n", fields) + "\n}\n";
    }

    public static String write(SchedulePlan plan) {
        List<String> fields = new ArrayList<>();
        fields.add(field("assignments", lines(plan.assignments(), a -> {
            ObjectNode n = MAPPER.createObjectNode();
            n.put("request", a.request()).put("pad", a.pad()).put("date", a.date().toString());
            return n;
        })));
        fields.add(field("unscheduled", lines(plan.unscheduled(), u -> {
            ObjectNode n = MAPPER.createObjectNode();
            n.put("request", u.request());
            ArrayNode rs = n.putArray("reasons");
            u.reasons().forEach(rs::add);
            return n;
        })));
        fields.add(field("moved", lines(plan.moved(), m -> {
            ObjectNode n = MAPPER.createObjectNode();
            n.put("request", m.request()).put("fromPad", m.fromPad()).put("fromDate", m.fromDate().toString())
                    .put("toPad", m.toPad()).put("toDate", m.toDate().toString());
            ArrayNode rs = n.putArray("reasons");
            m.reasons().forEach(rs::add);
            return n;
        })));
        fields.add(field("score", MAPPER.writeValueAsString(plan.score())));
        fields.add(field("feasible", String.valueOf(plan.feasible())));
        if (plan.diagnostics() != null) {
            ObjectNode d = MAPPER.createObjectNode();
            d.put("solver", plan.diagnostics().solver()).put("seed", plan.diagnostics().seed())
                    .put("millis", plan.diagnostics().millis());
            fields.add(field("diagnostics", MAPPER.writeValueAsString(d)));
        }
        return "{\n" + String.join(",\n", fields) + "\n}\n";
    }

    public static SchedulePlan readPlan(String json) {
        JsonNode root = MAPPER.readTree(json);
        JsonNode d = root.get("diagnostics");
        return new SchedulePlan(
                list(root.get("assignments"), a -> new SchedulePlan.Assignment(a.get("request").asString(),
                        a.get("pad").asString(), date(a.get("date")))),
                list(root.get("unscheduled"), u -> new SchedulePlan.Unscheduled(u.get("request").asString(),
                        list(u.get("reasons"), JsonNode::asString))),
                list(root.get("moved"), m -> new SchedulePlan.Move(m.get("request").asString(),
                        m.get("fromPad").asString(), date(m.get("fromDate")), m.get("toPad").asString(),
                        date(m.get("toDate")), list(m.get("reasons"), JsonNode::asString))),
                root.path("score").asString(""), root.path("feasible").asBoolean(false),
                d == null || d.isNull() ? null : new SchedulePlan.Diagnostics(d.get("solver").asString(),
                        d.get("seed").asLong(), d.get("millis").asLong()));
    }

    private static String field(String name, String value) {
        return "  \"" + name + "\": " + value;
    }

    private static <T> String lines(List<T> items, Function<T, JsonNode> node) {
        if (items.isEmpty()) {
            return "[]";
        }
        List<String> out = new ArrayList<>();
        for (T item : items) {
            out.add("    " + MAPPER.writeValueAsString(node.apply(item)));
        }
        return "[\n" + String.join(",\n", out) + "\n  ]";
    }

    private static ObjectNode range(DateRange r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("start", r.start().toString()).put("end", r.end().toString());
        return n;
    }

    private static ObjectNode placement(Placement p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("pad", p.pad()).put("date", p.date().toString());
        return n;
    }

    private static DateRange range(JsonNode n) {
        return new DateRange(date(n.get("start")), date(n.get("end")));
    }

    private static Placement placement(JsonNode n) {
        return new Placement(n.get("pad").asString(), date(n.get("date")));
    }

    private static LocalDate date(JsonNode n) {
        return LocalDate.parse(n.asString());
    }

    private static <T> T nullOr(JsonNode n, Function<JsonNode, T> read) {
        return n == null || n.isNull() ? null : read.apply(n);
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> read) {
        List<T> items = new ArrayList<>();
        if (array != null && !array.isNull()) {
            for (JsonNode n : array) {
                items.add(read.apply(n));
            }
        }
        return items;
    }
}

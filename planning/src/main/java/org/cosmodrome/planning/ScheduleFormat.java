package org.cosmodrome.planning;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schedule-v1 exchange format (docs/formats/schedule-v1.md): reads a problem, validating every field, and writes
 * plans (and problems). Dates are ISO days ({@code 2027-04-01}); every range is inclusive at both ends.
 * Thread-safe.
 */
public final class ScheduleFormat {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ScheduleFormat() {
    }

    /**
     * @throws ScheduleFormatException naming the field, when the document is malformed or inconsistent
     * @throws UncheckedIOException when the stream cannot be read
     */
    public static ScheduleProblem read(InputStream json) {
        try {
            return read(new String(json.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws ScheduleFormatException naming the field, when the document is malformed or inconsistent */
    public static ScheduleProblem read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            var location = e.getLocation();
            throw new ScheduleFormatException("$", "malformed JSON: " + e.getOriginalMessage()
                    + (location == null ? "" : " (line " + location.getLineNr() + ", column "
                            + location.getColumnNr() + ")"));
        }
        if (root == null || root.isMissingNode()) {
            throw new ScheduleFormatException("$", "the document is empty");
        }
        return new ProblemReader().problem(root);
    }

    /** The plan as schedule-v1 JSON, indented. */
    public static String write(SchedulePlan plan) {
        return MAPPER.writeValueAsString(tree(plan));
    }

    public static void write(SchedulePlan plan, OutputStream out) {
        MAPPER.writeValue(out, tree(plan));
    }

    /** The problem as schedule-v1 JSON, indented; {@link #read(String)} reads it back equal. */
    public static String write(ScheduleProblem problem) {
        return MAPPER.writeValueAsString(tree(problem));
    }

    private static ObjectNode tree(SchedulePlan plan) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode assignments = root.putArray("assignments");
        for (SchedulePlan.Assignment assignment : plan.assignments()) {
            assignments.addObject()
                    .put("request", assignment.request())
                    .put("pad", assignment.pad())
                    .put("date", assignment.date().toString());
        }
        ArrayNode unscheduled = root.putArray("unscheduled");
        for (SchedulePlan.Unscheduled request : plan.unscheduled()) {
            ObjectNode node = unscheduled.addObject().put("request", request.request());
            request.reasons().forEach(node.putArray("reasons")::add);
            if (request.binding() != null) {
                node.put("binding", request.binding());
            }
        }
        ArrayNode moved = root.putArray("moved");
        for (SchedulePlan.Move move : plan.moved()) {
            ObjectNode node = moved.addObject().put("request", move.request());
            placement(node, "from", move.fromPad(), move.fromDate());
            placement(node, "to", move.toPad(), move.toDate());
            move.reasons().forEach(node.putArray("reasons")::add);
        }
        root.put("score", plan.score());
        root.put("feasible", plan.feasible());
        if (plan.diagnostics() != null) {
            root.putObject("diagnostics")
                    .put("solver", plan.diagnostics().solver())
                    .put("seed", plan.diagnostics().seed())
                    .put("millis", plan.diagnostics().millis());
        }
        return root;
    }

    private static void placement(ObjectNode node, String name, String pad, LocalDate date) {
        if (pad == null || date == null) {
            node.putNull(name);
        } else {
            node.putObject(name).put("pad", pad).put("date", date.toString());
        }
    }

    private static ObjectNode tree(ScheduleProblem problem) {
        ObjectNode root = MAPPER.createObjectNode();
        range(root.putObject("horizon"), problem.horizon());
        root.put("rangeSeparationDays", problem.rangeSeparationDays());
        ArrayNode vehicles = root.putArray("vehicles");
        for (ScheduleProblem.Vehicle vehicle : problem.vehicles()) {
            vehicles.addObject().put("id", vehicle.id()).put("family", vehicle.family())
                    .put("hazardClass", vehicle.hazardClass()).put("turnaroundDays", vehicle.turnaroundDays());
        }
        ArrayNode pads = root.putArray("pads");
        for (ScheduleProblem.Pad pad : problem.pads()) {
            ObjectNode node = pads.addObject().put("id", pad.id());
            pad.vehicles().forEach(node.putArray("vehicles")::add);
            ArrayNode outages = node.putArray("outages");
            pad.outages().forEach(outage -> range(outages.addObject(), outage));
        }
        ArrayNode zones = root.putArray("dropZones");
        for (ScheduleProblem.DropZone zone : problem.dropZones()) {
            ObjectNode node = zones.addObject().put("id", zone.id()).put("maxLaunchesPerYear",
                    zone.maxLaunchesPerYear());
            ArrayNode closures = node.putArray("closures");
            zone.closures().forEach(closure -> range(closures.addObject(), closure));
        }
        ArrayNode corridors = root.putArray("corridors");
        for (ScheduleProblem.Corridor corridor : problem.corridors()) {
            ObjectNode node = corridors.addObject().put("inclination", corridor.inclination());
            corridor.dropZones().forEach(node.putArray("dropZones")::add);
        }
        ArrayNode caps = root.putArray("caps");
        problem.caps().forEach(cap -> {
            ObjectNode node = caps.addObject();
            if (cap.hazardClass() != null) {
                node.put("hazardClass", cap.hazardClass());
            }
            if (cap.family() != null) {
                node.put("family", cap.family());
            }
            if (cap.year() != null) {
                node.put("year", cap.year());
            }
            node.put("maxPerYear", cap.maxPerYear());
        });
        ArrayNode suspensions = root.putArray("suspensions");
        problem.suspensions().forEach(suspension -> suspensions.addObject().put("family", suspension.family())
                .put("start", suspension.start().toString()).put("end", suspension.end().toString()));
        ArrayNode requests = root.putArray("requests");
        for (ScheduleProblem.Request request : problem.requests()) {
            ObjectNode node = requests.addObject().put("id", request.id()).put("tenant", request.tenant())
                    .put("vehicle", request.vehicle()).put("inclination", request.inclination())
                    .put("earliest", request.earliest().toString()).put("latest", request.latest().toString())
                    .put("desired", request.desired().toString()).put("priority", request.priority());
            placement(node, "pinned", request.pinned());
            if (request.fixedPad() != null) {
                node.put("fixedPad", request.fixedPad());
            }
            if (request.published() != null) {
                placement(node, "published", request.published());
            }
        }
        return root;
    }

    private static void placement(ObjectNode node, String name, ScheduleProblem.Placement placement) {
        placement(node, name, placement == null ? null : placement.pad(),
                placement == null ? null : placement.date());
    }

    private static void range(ObjectNode node, DateRange range) {
        node.put("start", range.start().toString()).put("end", range.end().toString());
    }

    /** Reads and checks one document; every failure names its field. */
    private static final class ProblemReader {

        private DateRange horizon;
        private final Map<String, ScheduleProblem.Vehicle> vehicles = new HashMap<>();
        private final Map<String, ScheduleProblem.Pad> pads = new HashMap<>();
        private final Set<String> families = new HashSet<>();
        private final List<Double> inclinations = new ArrayList<>();

        ScheduleProblem problem(JsonNode root) {
            object(root, "$", "horizon", "rangeSeparationDays", "vehicles", "pads", "dropZones", "corridors", "caps",
                    "suspensions", "requests");
            horizon = range(required(root, "horizon", "horizon"), "horizon");
            int separation = integer(root, "rangeSeparationDays", "rangeSeparationDays", 1, 0);

            List<ScheduleProblem.Vehicle> vehicleList = new ArrayList<>();
            List<JsonNode> vehicleNodes = array(root, "vehicles", "vehicles", true);
            for (int i = 0; i < vehicleNodes.size(); i++) {
                String path = "vehicles[" + i + "]";
                JsonNode node = vehicleNodes.get(i);
                object(node, path, "id", "family", "hazardClass", "turnaroundDays");
                String id = text(node, "id", path + ".id", true);
                if (vehicles.containsKey(id)) {
                    throw new ScheduleFormatException(path + ".id", "duplicate vehicle id '" + id + "'");
                }
                ScheduleProblem.Vehicle vehicle = new ScheduleProblem.Vehicle(id,
                        text(node, "family", path + ".family", true),
                        text(node, "hazardClass", path + ".hazardClass", false),
                        integer(node, "turnaroundDays", path + ".turnaroundDays", 1, 0));
                vehicles.put(id, vehicle);
                families.add(vehicle.family());
                vehicleList.add(vehicle);
            }

            List<ScheduleProblem.Pad> padList = new ArrayList<>();
            List<JsonNode> padNodes = array(root, "pads", "pads", true);
            for (int i = 0; i < padNodes.size(); i++) {
                String path = "pads[" + i + "]";
                JsonNode node = padNodes.get(i);
                object(node, path, "id", "vehicles", "outages");
                String id = text(node, "id", path + ".id", true);
                if (pads.containsKey(id)) {
                    throw new ScheduleFormatException(path + ".id", "duplicate pad id '" + id + "'");
                }
                List<String> supported = new ArrayList<>();
                List<JsonNode> supportedNodes = array(node, "vehicles", path + ".vehicles", true);
                for (int j = 0; j < supportedNodes.size(); j++) {
                    String vehiclePath = path + ".vehicles[" + j + "]";
                    String vehicle = text(supportedNodes.get(j), vehiclePath);
                    if (!vehicles.containsKey(vehicle)) {
                        throw new ScheduleFormatException(vehiclePath, "unknown vehicle '" + vehicle + "'");
                    }
                    supported.add(vehicle);
                }
                ScheduleProblem.Pad pad = new ScheduleProblem.Pad(id, supported,
                        ranges(node, "outages", path + ".outages"));
                pads.put(id, pad);
                padList.add(pad);
            }

            List<ScheduleProblem.DropZone> zoneList = new ArrayList<>();
            Set<String> zoneIds = new HashSet<>();
            List<JsonNode> zoneNodes = array(root, "dropZones", "dropZones", false);
            for (int i = 0; i < zoneNodes.size(); i++) {
                String path = "dropZones[" + i + "]";
                JsonNode node = zoneNodes.get(i);
                object(node, path, "id", "maxLaunchesPerYear", "closures");
                String id = text(node, "id", path + ".id", true);
                if (!zoneIds.add(id)) {
                    throw new ScheduleFormatException(path + ".id", "duplicate drop zone id '" + id + "'");
                }
                Integer max = node.has("maxLaunchesPerYear") && !node.get("maxLaunchesPerYear").isNull()
                        ? integer(node, "maxLaunchesPerYear", path + ".maxLaunchesPerYear", 0, 0) : null;
                zoneList.add(new ScheduleProblem.DropZone(id, max, ranges(node, "closures", path + ".closures")));
            }

            List<ScheduleProblem.Corridor> corridorList = new ArrayList<>();
            List<JsonNode> corridorNodes = array(root, "corridors", "corridors", false);
            for (int i = 0; i < corridorNodes.size(); i++) {
                String path = "corridors[" + i + "]";
                JsonNode node = corridorNodes.get(i);
                object(node, path, "inclination", "dropZones");
                double inclination = number(node, "inclination", path + ".inclination");
                if (inclination < 0 || inclination > 180) {
                    throw new ScheduleFormatException(path + ".inclination",
                            "an inclination is from 0 to 180 degrees, was " + inclination);
                }
                if (corridorFor(inclination) >= 0) {
                    throw new ScheduleFormatException(path + ".inclination",
                            "another corridor already has inclination " + inclination);
                }
                inclinations.add(inclination);
                List<String> corridorZones = new ArrayList<>();
                List<JsonNode> names = array(node, "dropZones", path + ".dropZones", false);
                for (int j = 0; j < names.size(); j++) {
                    corridorZones.add(text(names.get(j), path + ".dropZones[" + j + "]"));
                }
                corridorList.add(new ScheduleProblem.Corridor(inclination, corridorZones));
            }

            List<ScheduleProblem.Cap> capList = new ArrayList<>();
            Set<String> capped = new HashSet<>();
            List<JsonNode> capNodes = array(root, "caps", "caps", false);
            for (int i = 0; i < capNodes.size(); i++) {
                String path = "caps[" + i + "]";
                JsonNode node = capNodes.get(i);
                object(node, path, "hazardClass", "family", "year", "maxPerYear");
                String hazardClass = text(node, "hazardClass", path + ".hazardClass", false);
                String family = text(node, "family", path + ".family", false);
                if (hazardClass == null && family == null) {
                    throw new ScheduleFormatException(path + ".hazardClass",
                            "a cap needs a hazardClass, a family or both");
                }
                Integer year = node.hasNonNull("year") ? integer(node, "year", path + ".year", null, 1) : null;
                if (!capped.add(hazardClass + "|" + family + "|" + year)) {
                    throw new ScheduleFormatException(path + (hazardClass != null ? ".hazardClass" : ".family"),
                            "there is already a cap of " + (hazardClass != null ? "hazard class '" + hazardClass + "'"
                                    : "") + (hazardClass != null && family != null ? " and " : "")
                                    + (family != null ? "family '" + family + "'" : "")
                                    + (year == null ? " for every year" : " for " + year));
                }
                capList.add(new ScheduleProblem.Cap(hazardClass, family, year,
                        integer(node, "maxPerYear", path + ".maxPerYear", null, 0)));
            }

            List<ScheduleProblem.Suspension> suspensionList = new ArrayList<>();
            List<JsonNode> suspensionNodes = array(root, "suspensions", "suspensions", false);
            for (int i = 0; i < suspensionNodes.size(); i++) {
                String path = "suspensions[" + i + "]";
                JsonNode node = suspensionNodes.get(i);
                object(node, path, "family", "start", "end");
                String family = text(node, "family", path + ".family", true);
                if (!families.contains(family)) {
                    throw new ScheduleFormatException(path + ".family",
                            "no vehicle is of family '" + family + "'");
                }
                DateRange period = range(node, path);
                suspensionList.add(new ScheduleProblem.Suspension(family, period.start(), period.end()));
            }

            List<ScheduleProblem.Request> requestList = new ArrayList<>();
            Set<String> requestIds = new HashSet<>();
            List<JsonNode> requestNodes = array(root, "requests", "requests", true);
            for (int i = 0; i < requestNodes.size(); i++) {
                String path = "requests[" + i + "]";
                ScheduleProblem.Request request = request(requestNodes.get(i), path);
                if (!requestIds.add(request.id())) {
                    throw new ScheduleFormatException(path + ".id", "duplicate request id '" + request.id() + "'");
                }
                requestList.add(request);
            }
            return new ScheduleProblem(horizon, separation, vehicleList, padList, zoneList, corridorList, capList,
                    suspensionList, requestList);
        }

        private ScheduleProblem.Request request(JsonNode node, String path) {
            object(node, path, "id", "tenant", "vehicle", "inclination", "earliest", "latest", "desired", "priority",
                    "pinned", "fixedPad", "published");
            String id = text(node, "id", path + ".id", true);
            String tenant = text(node, "tenant", path + ".tenant", true);
            String vehicle = text(node, "vehicle", path + ".vehicle", true);
            if (!vehicles.containsKey(vehicle)) {
                throw new ScheduleFormatException(path + ".vehicle", "unknown vehicle '" + vehicle + "'");
            }
            double inclination = number(node, "inclination", path + ".inclination");
            if (corridorFor(inclination) < 0) {
                throw new ScheduleFormatException(path + ".inclination",
                        "no corridor has inclination " + inclination);
            }
            LocalDate earliest = date(node, "earliest", path + ".earliest");
            LocalDate latest = date(node, "latest", path + ".latest");
            if (!horizon.contains(earliest)) {
                throw new ScheduleFormatException(path + ".earliest", earliest + " is outside the horizon "
                        + horizon.start() + " to " + horizon.end());
            }
            if (!horizon.contains(latest)) {
                throw new ScheduleFormatException(path + ".latest", latest + " is outside the horizon "
                        + horizon.start() + " to " + horizon.end());
            }
            if (latest.isBefore(earliest)) {
                throw new ScheduleFormatException(path + ".latest", "the window ends (" + latest
                        + ") before it starts (" + earliest + ")");
            }
            LocalDate desired = node.has("desired") && !node.get("desired").isNull()
                    ? date(node, "desired", path + ".desired") : earliest;
            if (desired.isBefore(earliest) || desired.isAfter(latest)) {
                throw new ScheduleFormatException(path + ".desired", desired + " is outside the request's window "
                        + earliest + " to " + latest);
            }
            int priority = integer(node, "priority", path + ".priority", null, 1);
            String fixedPad = text(node, "fixedPad", path + ".fixedPad", false);
            if (fixedPad != null) {
                ScheduleProblem.Pad pad = pads.get(fixedPad);
                if (pad == null) {
                    throw new ScheduleFormatException(path + ".fixedPad", "unknown pad '" + fixedPad + "'");
                }
                if (!pad.vehicles().contains(vehicle)) {
                    throw new ScheduleFormatException(path + ".fixedPad",
                            "pad '" + fixedPad + "' does not support " + vehicle);
                }
            }
            ScheduleProblem.Placement pinned = placement(node, "pinned", path + ".pinned");
            if (pinned != null && fixedPad != null && !pinned.pad().equals(fixedPad)) {
                throw new ScheduleFormatException(path + ".pinned.pad",
                        "pinned to pad '" + pinned.pad() + "' but bound to pad '" + fixedPad + "'");
            }
            ScheduleProblem.Placement published = placement(node, "published", path + ".published");
            return new ScheduleProblem.Request(id, tenant, vehicle, inclination, earliest, latest, desired, priority,
                    pinned, fixedPad, published);
        }

        private ScheduleProblem.Placement placement(JsonNode parent, String key, String path) {
            JsonNode node = parent.get(key);
            if (node == null || node.isNull()) {
                return null;
            }
            object(node, path, "pad", "date");
            String pad = text(node, "pad", path + ".pad", true);
            if (!pads.containsKey(pad)) {
                throw new ScheduleFormatException(path + ".pad", "unknown pad '" + pad + "'");
            }
            LocalDate date = date(node, "date", path + ".date");
            if (!horizon.contains(date)) {
                throw new ScheduleFormatException(path + ".date", date + " is outside the horizon "
                        + horizon.start() + " to " + horizon.end());
            }
            return new ScheduleProblem.Placement(pad, date);
        }

        private int corridorFor(double inclination) {
            for (int i = 0; i < inclinations.size(); i++) {
                if (Math.abs(inclinations.get(i) - inclination) <= 1e-6) {
                    return i;
                }
            }
            return -1;
        }

        private List<DateRange> ranges(JsonNode parent, String key, String path) {
            List<DateRange> ranges = new ArrayList<>();
            List<JsonNode> nodes = array(parent, key, path, false);
            for (int i = 0; i < nodes.size(); i++) {
                ranges.add(range(nodes.get(i), path + "[" + i + "]"));
            }
            return ranges;
        }

        private static DateRange range(JsonNode node, String path) {
            if (!path.startsWith("suspensions")) {
                object(node, path, "start", "end");
            }
            LocalDate start = date(node, "start", path + ".start");
            LocalDate end = date(node, "end", path + ".end");
            if (end.isBefore(start)) {
                throw new ScheduleFormatException(path + ".end", "ends (" + end + ") before it starts (" + start
                        + ")");
            }
            return new DateRange(start, end);
        }

        private static JsonNode required(JsonNode parent, String key, String path) {
            JsonNode node = parent.get(key);
            if (node == null || node.isNull()) {
                throw new ScheduleFormatException(path, "is required");
            }
            return node;
        }

        private static void object(JsonNode node, String path, String... known) {
            if (!node.isObject()) {
                throw new ScheduleFormatException(path, "must be an object");
            }
            Set<String> allowed = Set.of(known);
            for (String name : node.propertyNames()) {
                if (!allowed.contains(name)) {
                    throw new ScheduleFormatException(path.equals("$") ? name : path + "." + name,
                            "unknown field (expected one of " + String.join(", ", known) + ")");
                }
            }
        }

        private static List<JsonNode> array(JsonNode parent, String key, String path, boolean required) {
            JsonNode node = parent.get(key);
            if (node == null || node.isNull()) {
                if (required) {
                    throw new ScheduleFormatException(path, "is required");
                }
                return List.of();
            }
            if (!node.isArray()) {
                throw new ScheduleFormatException(path, "must be an array");
            }
            List<JsonNode> items = new ArrayList<>(node.size());
            node.forEach(items::add);
            return items;
        }

        private static String text(JsonNode parent, String key, String path, boolean required) {
            JsonNode node = parent.get(key);
            if (node == null || node.isNull()) {
                if (required) {
                    throw new ScheduleFormatException(path, "is required");
                }
                return null;
            }
            return text(node, path);
        }

        private static String text(JsonNode node, String path) {
            if (!node.isString() || node.stringValue().isBlank()) {
                throw new ScheduleFormatException(path, "must be a non-empty string");
            }
            return node.stringValue();
        }

        private static LocalDate date(JsonNode parent, String key, String path) {
            String text = text(parent, key, path, true);
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new ScheduleFormatException(path, "'" + text + "' is not a date like 2027-04-01");
            }
        }

        private static double number(JsonNode parent, String key, String path) {
            JsonNode node = required(parent, key, path);
            if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
                throw new ScheduleFormatException(path, "must be a number");
            }
            return node.doubleValue();
        }

        /** @param absent the value when the field is absent, or {@code null} when it is required */
        private static int integer(JsonNode parent, String key, String path, Integer absent, int min) {
            JsonNode node = parent.get(key);
            if (node == null || node.isNull()) {
                if (absent == null) {
                    throw new ScheduleFormatException(path, "is required");
                }
                return absent;
            }
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                throw new ScheduleFormatException(path, "must be a whole number");
            }
            int value = node.intValue();
            if (value < min) {
                throw new ScheduleFormatException(path, "must be at least " + min + ", was " + value);
            }
            return value;
        }
    }
}

package org.cosmodrome.physics.vehicles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.cosmodrome.physics.vehicles.VehicleProfile.Aerodynamics;
import org.cosmodrome.physics.vehicles.VehicleProfile.Guidance;
import org.cosmodrome.physics.vehicles.VehicleProfile.Jettison;
import org.cosmodrome.physics.vehicles.VehicleProfile.Mission;
import org.cosmodrome.physics.vehicles.VehicleProfile.Payload;
import org.cosmodrome.physics.vehicles.VehicleProfile.PitchPoint;
import org.cosmodrome.physics.vehicles.VehicleProfile.Provenance;
import org.cosmodrome.physics.vehicles.VehicleProfile.Stage;
import org.cosmodrome.physics.vehicles.VehicleProfile.YawPoint;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The vehicle profiles shipped with the library, {@code org/cosmodrome/physics/vehicles/<id>.json}, listed in that
 * folder's {@code index.json}, and the reader of the profile format.
 * <p>
 * Format: an object with {@code id}, {@code name}, {@code sources} (key → full citation), {@code stages},
 * {@code jettisons}, {@code missions} (each a {@code name}, {@code description} and {@code payload}),
 * {@code aerodynamics} and {@code guidance}. Every number is a
 * quantity object: {@code {"value": 3784, "unit": "kg", "source": "soyuz-um", "note": "annex 5"}}, where the unit is
 * one this reader converts to SI (kg, t, N, kN, s, m2, deg, rad, kg/m2, m/s; none for counts and coefficients) and
 * exactly one of {@code source} (a key of {@code sources}, with an optional {@code note} naming the section),
 * {@code calibrated}, {@code estimate} or {@code derived} (each a sentence saying how) gives its provenance. A listed
 * source that no number cites, and unknown fields, are refused, so a misspelt field cannot silently fall back to nothing. docs/range-safety.md describes the
 * files and their numbers.
 * <p>
 * Thread-safe; profiles are parsed once and cached.
 */
public final class VehicleProfiles {

    private static final String FOLDER = "/org/cosmodrome/physics/vehicles/";
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Map<String, VehicleProfile> CACHE = new ConcurrentHashMap<>();

    private VehicleProfiles() {
    }

    /** @return the ids of the shipped profiles, in the index's order */
    public static List<String> available() {
        JsonNode index = parse(resource("index.json"), "index.json");
        JsonNode ids = index.get("vehicles");
        if (ids == null || !ids.isArray()) {
            throw new VehicleProfileException("index.json: vehicles", "an array of vehicle ids is required");
        }
        List<String> result = new ArrayList<>();
        ids.forEach(id -> result.add(id.asString()));
        return List.copyOf(result);
    }

    /**
     * @param vehicleId an id from {@link #available()}, as in the application's vehicle registry
     * @return the shipped profile of that vehicle
     * @throws UnknownVehicle when no profile has that id
     * @throws VehicleProfileException naming the field, when the shipped file is malformed
     */
    public static VehicleProfile load(String vehicleId) {
        if (!available().contains(vehicleId)) {
            throw new UnknownVehicle(vehicleId);
        }
        return CACHE.computeIfAbsent(vehicleId, id -> {
            VehicleProfile profile = read(resource(id + ".json"));
            if (!profile.id().equals(id)) {
                throw new VehicleProfileException(id + ".json: id", "the file holds " + profile.id());
            }
            return profile;
        });
    }

    /**
     * Reads a profile in this format from any source (a user's own vehicle).
     *
     * @param json the document
     * @return the profile, with its numbers in SI units and radians
     * @throws VehicleProfileException naming the field, when the document is malformed or inconsistent
     */
    public static VehicleProfile read(String json) {
        return new Reader(parse(json, "$")).profile();
    }

    private static String resource(String file) {
        try (InputStream in = VehicleProfiles.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new VehicleProfileException(file, "missing from the library's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String json, String where) {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || !root.isObject()) {
                throw new VehicleProfileException(where, "a JSON object is required");
            }
            return root;
        } catch (JacksonException e) {
            throw new VehicleProfileException(where, "malformed JSON: " + e.getOriginalMessage());
        }
    }

    /** SI factor per accepted unit, grouped by the dimension a field expects. */
    private enum Dimension {
        MASS(Map.of("kg", 1.0, "t", 1000.0)),
        FORCE(Map.of("N", 1.0, "kN", 1000.0)),
        TIME(Map.of("s", 1.0)),
        AREA(Map.of("m2", 1.0)),
        ANGLE(Map.of("rad", 1.0, "deg", Math.PI / 180)),
        BALLISTIC_COEFFICIENT(Map.of("kg/m2", 1.0)),
        SPEED(Map.of("m/s", 1.0)),
        NONE(Map.of());

        private final Map<String, Double> units;

        Dimension(Map<String, Double> units) {
            this.units = units;
        }
    }

    /** Reads one document, collecting each number's provenance under its field path. */
    private static final class Reader {

        private static final Set<String> QUANTITY_FIELDS = Set.of("value", "unit", "source", "note", "calibrated",
                "estimate", "derived");

        private final JsonNode root;
        private final Map<String, String> sources = new HashMap<>();
        private final Set<String> cited = new HashSet<>();
        private final Map<String, Provenance> provenance = new LinkedHashMap<>();

        Reader(JsonNode root) {
            this.root = root;
        }

        VehicleProfile profile() {
            allow(root, "$", "id", "name", "sources", "stages", "jettisons", "missions", "aerodynamics", "guidance");
            String id = text(root, "id", "id");
            String name = text(root, "name", "name");
            JsonNode sourceNodes = object(root, "sources", "sources");
            for (var entry : sourceNodes.properties()) {
                if (!entry.getValue().isString() || entry.getValue().asString().isBlank()) {
                    throw new VehicleProfileException("sources." + entry.getKey(), "a citation is required");
                }
                sources.put(entry.getKey(), entry.getValue().asString());
            }
            List<Stage> stages = new ArrayList<>();
            for (JsonNode s : array(root, "stages", "stages")) {
                stages.add(stage(s));
            }
            List<Jettison> jettisons = new ArrayList<>();
            if (root.has("jettisons")) {
                for (JsonNode j : array(root, "jettisons", "jettisons")) {
                    jettisons.add(jettison(j));
                }
            }
            List<Mission> missions = new ArrayList<>();
            for (JsonNode m : array(root, "missions", "missions")) {
                missions.add(mission(m));
            }
            List<Aerodynamics> aerodynamics = new ArrayList<>();
            int i = 0;
            for (JsonNode a : array(root, "aerodynamics", "aerodynamics")) {
                String path = "aerodynamics[" + i++ + "]";
                allow(a, path, "from", "referenceArea", "dragCoefficient");
                aerodynamics.add(build(path, () -> new Aerodynamics(quantity(a, path, "from", Dimension.TIME),
                        quantity(a, path, "referenceArea", Dimension.AREA),
                        quantity(a, path, "dragCoefficient", Dimension.NONE))));
            }
            Guidance guidance = guidance(object(root, "guidance", "guidance"));
            for (String key : sources.keySet()) {
                if (!cited.contains(key)) {
                    throw new VehicleProfileException("sources." + key, "no number cites this source");
                }
            }
            return build("$", () -> new VehicleProfile(id, name, stages, jettisons, missions, aerodynamics, guidance,
                    provenance));
        }

        private Stage stage(JsonNode s) {
            String name = text(s, "name", "stages[].name");
            String path = "stages[" + name + "]";
            allow(s, path, "name", "pieces", "dryMass", "propellantMass", "thrustVacuum", "thrustSeaLevel",
                    "specificImpulseVacuum", "ignition", "cutoff", "separation", "ballisticCoefficient",
                    "lateralDeltaV");
            double separation = s.has("separation") ? quantity(s, path, "separation", Dimension.TIME) : Double.NaN;
            double seaLevel = s.has("thrustSeaLevel") ? quantity(s, path, "thrustSeaLevel", Dimension.FORCE) : 0;
            return build(path, () -> new Stage(name, count(s, path, "pieces"),
                    quantity(s, path, "dryMass", Dimension.MASS),
                    quantity(s, path, "propellantMass", Dimension.MASS),
                    quantity(s, path, "thrustVacuum", Dimension.FORCE), seaLevel,
                    quantity(s, path, "specificImpulseVacuum", Dimension.TIME),
                    quantity(s, path, "ignition", Dimension.TIME), quantity(s, path, "cutoff", Dimension.TIME),
                    separation, quantity(s, path, "ballisticCoefficient", Dimension.BALLISTIC_COEFFICIENT),
                    quantity(s, path, "lateralDeltaV", Dimension.SPEED)));
        }

        private Jettison jettison(JsonNode j) {
            String name = text(j, "name", "jettisons[].name");
            String path = "jettisons[" + name + "]";
            allow(j, path, "name", "time", "mass", "pieces", "ballisticCoefficient", "lateralDeltaV");
            return build(path, () -> new Jettison(name, quantity(j, path, "time", Dimension.TIME),
                    quantity(j, path, "mass", Dimension.MASS), count(j, path, "pieces"),
                    quantity(j, path, "ballisticCoefficient", Dimension.BALLISTIC_COEFFICIENT),
                    quantity(j, path, "lateralDeltaV", Dimension.SPEED)));
        }

        private Mission mission(JsonNode m) {
            String name = text(m, "name", "missions[].name");
            String path = "missions[" + name + "]";
            allow(m, path, "name", "description", "payload");
            String description = text(m, "description", path + ".description");
            JsonNode p = object(m, "payload", path + ".payload");
            String payloadPath = path + ".payload";
            allow(p, payloadPath, "mass", "propellantMass");
            Payload payload = build(payloadPath, () -> new Payload(quantity(p, payloadPath, "mass", Dimension.MASS),
                    quantity(p, payloadPath, "propellantMass", Dimension.MASS)));
            return new Mission(name, description, payload);
        }

        private Guidance guidance(JsonNode g) {
            allow(g, "guidance", "verticalRiseEnd", "pitchOverEnd", "kick", "azimuthOffset", "gravityTurnEnd",
                    "pitchProgram", "yawProgram");
            List<PitchPoint> pitch = new ArrayList<>();
            int i = 0;
            for (JsonNode p : array(g, "pitchProgram", "guidance.pitchProgram")) {
                String path = "guidance.pitchProgram[" + i++ + "]";
                allow(p, path, "time", "pitch");
                pitch.add(build(path, () -> new PitchPoint(quantity(p, path, "time", Dimension.TIME),
                        quantity(p, path, "pitch", Dimension.ANGLE))));
            }
            List<YawPoint> yaw = new ArrayList<>();
            if (g.has("yawProgram")) {
                i = 0;
                for (JsonNode p : array(g, "yawProgram", "guidance.yawProgram")) {
                    String path = "guidance.yawProgram[" + i++ + "]";
                    allow(p, path, "time", "yaw");
                    yaw.add(build(path, () -> new YawPoint(quantity(p, path, "time", Dimension.TIME),
                            quantity(p, path, "yaw", Dimension.ANGLE))));
                }
            }
            double offset = g.has("azimuthOffset") ? quantity(g, "guidance", "azimuthOffset", Dimension.ANGLE) : 0;
            return build("guidance", () -> new Guidance(quantity(g, "guidance", "verticalRiseEnd", Dimension.TIME),
                    quantity(g, "guidance", "pitchOverEnd", Dimension.TIME),
                    quantity(g, "guidance", "kick", Dimension.ANGLE), offset,
                    quantity(g, "guidance", "gravityTurnEnd", Dimension.TIME), pitch, yaw));
        }

        private int count(JsonNode parent, String path, String field) {
            double v = quantity(parent, path, field, Dimension.NONE);
            if (v != Math.rint(v) || v < 1) {
                throw new VehicleProfileException(path + "." + field, "a whole number of at least 1 is required");
            }
            return (int) v;
        }

        private double quantity(JsonNode parent, String path, String field, Dimension dimension) {
            String where = path + "." + field;
            JsonNode q = parent.get(field);
            if (q == null || !q.isObject()) {
                throw new VehicleProfileException(where, "a quantity {value, unit, source} is required");
            }
            for (String key : q.propertyNames()) {
                if (!QUANTITY_FIELDS.contains(key)) {
                    throw new VehicleProfileException(where + "." + key, "unknown field");
                }
            }
            JsonNode value = q.get("value");
            if (value == null || !value.isNumber()) {
                throw new VehicleProfileException(where + ".value", "a number is required");
            }
            double factor;
            JsonNode unit = q.get("unit");
            if (dimension == Dimension.NONE) {
                if (unit != null) {
                    throw new VehicleProfileException(where + ".unit", "this quantity has no unit");
                }
                factor = 1;
            } else {
                if (unit == null || !dimension.units.containsKey(unit.asString())) {
                    throw new VehicleProfileException(where + ".unit", "one of " + dimension.units.keySet()
                            + " is required");
                }
                factor = dimension.units.get(unit.asString());
            }
            provenance.put(where, provenance(q, where));
            return value.asDouble() * factor;
        }

        private Provenance provenance(JsonNode q, String where) {
            List<Provenance> found = new ArrayList<>();
            if (q.has("source")) {
                String key = q.get("source").asString();
                String citation = sources.get(key);
                if (citation == null) {
                    throw new VehicleProfileException(where + ".source", "no source has the key " + key);
                }
                cited.add(key);
                String note = q.has("note") ? ", " + q.get("note").asString() : "";
                found.add(new Provenance(Provenance.Kind.SOURCE, citation + note));
            } else if (q.has("note")) {
                throw new VehicleProfileException(where + ".note", "a note qualifies a source");
            }
            addExplained(q, "calibrated", Provenance.Kind.CALIBRATED, where, found);
            addExplained(q, "estimate", Provenance.Kind.ESTIMATE, where, found);
            addExplained(q, "derived", Provenance.Kind.DERIVED, where, found);
            if (found.size() != 1) {
                throw new VehicleProfileException(where, "exactly one of source, calibrated, estimate or derived "
                        + "must say where the number comes from");
            }
            return found.get(0);
        }

        private static void addExplained(JsonNode q, String field, Provenance.Kind kind, String where,
                List<Provenance> found) {
            if (q.has(field)) {
                String text = q.get(field).asString();
                if (text == null || text.isBlank()) {
                    throw new VehicleProfileException(where + "." + field, "an explanation is required");
                }
                found.add(new Provenance(kind, text));
            }
        }

        private static void allow(JsonNode node, String path, String... fields) {
            Set<String> allowed = Set.of(fields);
            for (String key : node.propertyNames()) {
                if (!allowed.contains(key)) {
                    throw new VehicleProfileException(path + "." + key, "unknown field");
                }
            }
        }

        private static String text(JsonNode parent, String field, String where) {
            JsonNode n = parent.get(field);
            if (n == null || !n.isString() || n.asString().isBlank()) {
                throw new VehicleProfileException(where, "a non-blank string is required");
            }
            return n.asString();
        }

        private static JsonNode object(JsonNode parent, String field, String where) {
            JsonNode n = parent.get(field);
            if (n == null || !n.isObject()) {
                throw new VehicleProfileException(where, "an object is required");
            }
            return n;
        }

        private static JsonNode array(JsonNode parent, String field, String where) {
            JsonNode n = parent.get(field);
            if (n == null || !n.isArray()) {
                throw new VehicleProfileException(where, "an array is required");
            }
            return n;
        }

        /** Runs a record constructor, turning its refusal into one that names the field path. */
        private static <T> T build(String path, java.util.function.Supplier<T> constructor) {
            try {
                return constructor.get();
            } catch (VehicleProfileException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw new VehicleProfileException(path, e.getMessage());
            }
        }
    }
}

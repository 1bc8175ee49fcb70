package org.cosmodrome.permits;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cosmodrome.incidents.IncidentKind;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The agreements' rules the module applies by itself, from the data set's {@code baikonur/permits.json}: which
 * incidents suspend which vehicle family automatically, and on which conditions the suspension lifts.
 */
@Component
public class AgreementRules {

    static final String RESOURCE = "/baikonur/permits.json";

    /**
     * An agreement's rule that an incident of these kinds with a vehicle of this family suspends the family.
     *
     * @param family the family as the vehicle catalogue names it, e.g. {@code UR-500/Proton}
     * @param familyNames other names an incident report may give the family (e.g. {@code Proton}), matched ignoring
     *        case
     * @param imposedBy the organisation in whose name the suspension is imposed
     */
    public record AutomaticSuspension(String id, String family, List<String> familyNames,
            List<IncidentKind> incidentKinds, String imposedBy, List<ConditionKind> conditions, String agreement,
            String note, List<String> sources) {

        public AutomaticSuspension {
            familyNames = familyNames == null ? List.of() : List.copyOf(familyNames);
            conditions = conditions == null || conditions.isEmpty() ? ConditionKind.STANDARD : List.copyOf(conditions);
            sources = sources == null ? List.of() : List.copyOf(sources);
        }

        boolean covers(IncidentKind kind, String catalogueFamily, String reportedFamily) {
            return incidentKinds.contains(kind) && (family.equals(catalogueFamily) || names(reportedFamily));
        }

        private boolean names(String reported) {
            if (reported == null) {
                return false;
            }
            String name = reported.strip().toLowerCase(Locale.ROOT);
            return family.toLowerCase(Locale.ROOT).equals(name)
                    || familyNames.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(name));
        }
    }

    record File(List<AutomaticSuspension> automaticSuspensions) {
    }

    private final List<AutomaticSuspension> automatic;

    AgreementRules(JsonMapper json) {
        try (InputStream in = AgreementRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            File file = json.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, File.class);
            this.automatic = file.automaticSuspensions() == null ? List.of() : List.copyOf(file.automaticSuspensions());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<AutomaticSuspension> automaticSuspensions() {
        return automatic;
    }

    /**
     * The rule that suspends a family after this incident, if any.
     *
     * @param catalogueFamily the family of the incident's vehicle in the catalogue, or {@code null}
     * @param reportedFamily the family as the incident names it, or {@code null}
     */
    public Optional<AutomaticSuspension> suspending(IncidentKind kind, String catalogueFamily, String reportedFamily) {
        return automatic.stream().filter(rule -> rule.covers(kind, catalogueFamily, reportedFamily)).findFirst();
    }
}

package org.cosmodrome.organizations;

import java.util.List;

import org.cosmodrome.platform.LocalizedName;

/**
 * A party of the spaceport.
 *
 * @param country ISO 3166-1 alpha-2 code of the country it belongs to
 * @param parent the organisation it belongs to (TsENKI belongs to Roscosmos), or {@code null}
 */
public record Organization(OrganizationId id, LocalizedName name, String shortName, OrganizationKind kind,
        String country, String role, OrganizationId parent, String notes, String confidence, List<String> sources,
        int version) {

    public Organization {
        sources = List.copyOf(sources);
    }

    /** The name to show in lists: the short name when there is one. */
    public String displayName() {
        return shortName != null && !shortName.isBlank() ? shortName : name.en();
    }
}

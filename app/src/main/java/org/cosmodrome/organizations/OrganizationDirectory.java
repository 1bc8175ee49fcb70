package org.cosmodrome.organizations;

import java.util.List;

import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers the parties of the spaceport. */
@Service
public class OrganizationDirectory {

    private final Organizations organizations;
    private final Ledger ledger;

    OrganizationDirectory(Organizations organizations, Ledger ledger) {
        this.organizations = organizations;
        this.ledger = ledger;
    }

    /**
     * Adds an organisation.
     *
     * @throws RuleViolation when the id is taken
     * @throws InvalidField when the parent does not exist or the country is malformed
     */
    @Transactional
    public Organization register(Organization organization) {
        check(organization);
        if (organizations.findById(organization.id()).isPresent()) {
            throw new RuleViolation("organization.id.taken", "id",
                    "An organisation with id '" + organization.id() + "' already exists");
        }
        organizations.insert(organization);
        ledger.append("organization.registered", "organization", organization.id().value(), List.of(),
                organization);
        return organizations.findById(organization.id()).orElseThrow();
    }

    void check(Organization organization) {
        if (organization.country() == null || !organization.country().matches("[A-Z]{2}")) {
            throw new InvalidField("country", "organization.country.malformed",
                    "country must be a two-letter ISO 3166-1 code in capitals, was '" + organization.country() + "'");
        }
        if (organization.parent() != null && !organization.parent().equals(organization.id())
                && organizations.findById(organization.parent()).isEmpty()) {
            throw new InvalidField("parent", "organization.parent.unknown",
                    "parent '" + organization.parent() + "' is not a known organisation");
        }
        if (organization.id().equals(organization.parent())) {
            throw new InvalidField("parent", "organization.parent.self", "an organisation cannot be its own parent");
        }
    }
}

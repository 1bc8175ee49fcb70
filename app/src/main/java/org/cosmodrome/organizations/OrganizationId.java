package org.cosmodrome.organizations;

import java.util.regex.Pattern;

import org.cosmodrome.platform.InvalidField;

/** The stable id of an organisation: a lowercase slug such as {@code roscosmos} or {@code jv-baiterek}. */
public record OrganizationId(String value) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public OrganizationId {
        if (value == null || !SLUG.matcher(value).matches()) {
            throw new InvalidField("id", "organization.id.malformed",
                    "an organisation id is 1-63 lowercase letters, digits and dashes, was '" + value + "'");
        }
    }

    public static OrganizationId of(String value) {
        return new OrganizationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package org.cosmodrome.organizations;

import java.util.regex.Pattern;

import org.cosmodrome.platform.InvalidField;

/** The stable id of an agreement: a lowercase slug such as {@code baikonur-lease-1994}. */
public record AgreementId(String value) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,80}");

    public AgreementId {
        if (value == null || !SLUG.matcher(value).matches()) {
            throw new InvalidField("id", "agreement.id.malformed",
                    "an agreement id is 1-81 lowercase letters, digits and dashes, was '" + value + "'");
        }
    }

    public static AgreementId of(String value) {
        return new AgreementId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package org.cosmodrome.incidents;

import org.cosmodrome.organizations.Money;

/** One item of an assessment of a damage claim, in the claim's currency. */
public record ClaimItem(ClaimItemKind kind, String description, Money amount) {
}

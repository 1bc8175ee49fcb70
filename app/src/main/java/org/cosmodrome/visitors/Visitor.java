package org.cosmodrome.visitors;

/**
 * A person who books, with their personal data; after deletion on request the personal fields are {@code null} and
 * {@code anonymised} is set.
 *
 * @param account the user name of the VISITOR account that owns the record, {@code null} when the operator entered it
 * @param nationality ISO 3166 alpha-2 code, {@code KZ} for citizens of Kazakhstan
 */
public record Visitor(String id, String account, String name, String nationality, String documentNumber,
        boolean anonymised) {
}

/**
 * Organisations and agreements: the parties of the spaceport (the host state's authorities, the lessee, state
 * operators, the Baiterek joint venture, national companies, foreign launch start-ups, manufacturers) and the
 * agreements between them (the 1994 lease at USD 115M a year and its extension to 2050, the Baiterek agreement, the
 * return of unused facilities, ...), each with its sources.
 * <p>
 * Owns the {@code organizations} schema. A simple registry mapped with {@code JdbcClient}; rules on the records and in
 * {@link org.cosmodrome.organizations.OrganizationDirectory} and {@link org.cosmodrome.organizations.AgreementRegistry}.
 * Names that differ by language (English, Russian, Kazakh) are data. Other modules hold
 * {@link org.cosmodrome.organizations.OrganizationId}s. Depends on the platform only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations and agreements")
package org.cosmodrome.organizations;

/**
 * Identity: users of the organisations, their roles, sessions for the console and API tokens for machines, and the
 * security configuration that applies every module's {@link org.cosmodrome.platform.EndpointRules} (deny by default).
 * <p>
 * Owns the {@code identity} schema. Passwords are Argon2id hashes; API tokens are random 256-bit secrets shown
 * once and stored as SHA-256. A token goes in {@code Authorization: Bearer}; only a GET of a calendar feed
 * ({@code .ics}) also takes it as {@code ?token=}, since calendar apps send no headers. Every change of an account or token is entered in the ledger. Depends on
 * {@code organizations} (a user belongs to one), {@code ledger} and the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.cosmodrome.identity;

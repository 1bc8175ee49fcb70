package org.cosmodrome.platform;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who is acting: a signed-in user or token holder of an organisation with roles, the system itself (loading the
 * data set, an administrator's command on the server), or an anonymous visitor.
 *
 * @param user the user name, {@code "anonymous"} or {@code "system:<what>"}
 * @param organization id of the organisation acted for, {@code null} for anonymous visitors and the system
 * @param roles the user's roles, all bound to {@code organization}
 */
public record Actor(String user, String organization, Set<Role> roles, Kind kind) {

    public enum Kind { USER, SYSTEM, ANONYMOUS }

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Actor anonymous() {
        return new Actor("anonymous", null, Set.of(), Kind.ANONYMOUS);
    }

    /** The system acting on its own, such as {@code system:data-set} or {@code system:admin}. */
    public static Actor system(String what) {
        return new Actor("system:" + what, null, Set.of(), Kind.SYSTEM);
    }

    public static Actor user(String user, String organization, Set<Role> roles) {
        return new Actor(user, organization, roles, Kind.USER);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAnonymous() {
        return kind == Kind.ANONYMOUS;
    }

    /**
     * Whether this actor reads every organisation's private records: the system, the spaceport operator, the host
     * authority and auditors. Lessees, launch providers and bidders see only their own organisation's.
     */
    public boolean readsEverything() {
        return kind == Kind.SYSTEM || has(Role.SPACEPORT_OPERATOR) || has(Role.HOST_AUTHORITY)
                || has(Role.AUDITOR);
    }

    /** Whether a private record owned by {@code owners} (organisation ids) is visible to this actor. */
    public boolean sees(java.util.Collection<String> owners) {
        return readsEverything() || (organization != null && owners.contains(organization));
    }

    /** Whether this actor belongs to organisation {@code id}. */
    public boolean actsFor(String id) {
        return organization != null && organization.equals(id);
    }
}

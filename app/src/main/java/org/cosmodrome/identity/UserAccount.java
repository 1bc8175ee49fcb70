package org.cosmodrome.identity;

import java.util.Set;
import java.util.UUID;

import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.Role;

/**
 * A user of an organisation.
 *
 * @param roles held for {@code organization}
 */
public record UserAccount(UUID id, String username, String displayName, String organization, Set<Role> roles,
        boolean enabled) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    public Actor actor() {
        return Actor.user(username, organization, roles);
    }
}

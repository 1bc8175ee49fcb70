package org.cosmodrome.identity.security;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.cosmodrome.identity.UserAccount;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.ActsAs;
import org.cosmodrome.platform.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in user (console session) or token holder (API), standing for its {@link Actor}.
 *
 * @param tokenId the API token used, {@code null} for a console session
 */
record AccountPrincipal(UserAccount account, String passwordHash, UUID tokenId) implements UserDetails, ActsAs {

    @Override
    public Actor actor() {
        return account.actor();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = account.roles().stream().map(Role::authority)
                .map(SimpleGrantedAuthority::new).toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + account.username() + "@" + account.organization() + "]";
    }
}

package org.cosmodrome.identity.security;

import org.cosmodrome.identity.Accounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads a user for the console's sign-in form. */
@Component
class AccountDetails implements UserDetailsService {

    private final Accounts accounts;

    AccountDetails(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .flatMap(account -> accounts.passwordHash(account.username())
                        .map(hash -> new AccountPrincipal(account, hash, null)))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}

package org.cosmodrome.identity.admin;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cosmodrome.identity.Accounts;
import org.cosmodrome.identity.ApiToken;
import org.cosmodrome.platform.AdminArguments;
import org.cosmodrome.platform.AdminCommand;
import org.springframework.stereotype.Component;

/** {@code token revoke}: revokes an API token by its id (revoking a revoked token changes nothing). */
@Component
class TokenRevokeCommand implements AdminCommand {

    private final Accounts accounts;

    TokenRevokeCommand(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "token revoke";
    }

    @Override
    public String usage() {
        return "<token-id>";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        String text = AdminArguments.parse(args, Set.of(), Set.of()).positional(1, 1).get(0);
        UUID id;
        try {
            id = UUID.fromString(text);
        } catch (IllegalArgumentException malformed) {
            throw new AdminArguments.Malformed("'" + text + "' is not a token id (a UUID)");
        }
        ApiToken token = accounts.revokeToken(id);
        out.println("revoked:    " + token.id() + " (" + token.name() + ") of " + token.username() + " at "
                + token.revokedAt());
        return OK;
    }
}

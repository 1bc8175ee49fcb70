package org.cosmodrome.identity.admin;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.cosmodrome.identity.Accounts;
import org.cosmodrome.identity.IssuedToken;
import org.cosmodrome.platform.AdminArguments;
import org.cosmodrome.platform.AdminCommand;
import org.springframework.stereotype.Component;

/**
 * {@code token create}: issues an API token to a user. The secret is the first line of the output, alone, so that
 * {@code ./cosmodrome token create operator | head -1} gives it; it is shown this once and only its hash is kept.
 */
@Component
class TokenCreateCommand implements AdminCommand {

    private final Accounts accounts;

    TokenCreateCommand(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "token create";
    }

    @Override
    public String usage() {
        return "<username> [--name NAME] [--days N]";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        AdminArguments arguments = AdminArguments.parse(args, Set.of("name", "days"), Set.of());
        String username = arguments.positional(1, 1).get(0);
        Duration validity = arguments.option("days").map(TokenCreateCommand::days).orElse(null);
        IssuedToken token = accounts.issueToken(username, arguments.option("name").orElse("admin"), validity);
        out.println(token.secret());
        out.println("id:         " + token.id());
        out.println("user:       " + token.username());
        out.println("name:       " + token.name());
        out.println("expires at: " + token.expiresAt());
        return OK;
    }

    private static Duration days(String text) {
        if (!text.matches("\\d{1,5}")) {
            throw new AdminArguments.Malformed("--days takes a whole number of days, not '" + text + "'");
        }
        return Duration.ofDays(Long.parseLong(text));
    }
}

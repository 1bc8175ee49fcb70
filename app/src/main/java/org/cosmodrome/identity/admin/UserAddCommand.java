package org.cosmodrome.identity.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.cosmodrome.identity.Accounts;
import org.cosmodrome.identity.UserAccount;
import org.cosmodrome.platform.AdminArguments;
import org.cosmodrome.platform.AdminCommand;
import org.cosmodrome.platform.Role;
import org.springframework.stereotype.Component;

/**
 * {@code user add}: creates a user of an organisation. The password is read from standard input with
 * {@code --password-stdin} (one line), or else generated and printed this once.
 */
@Component
class UserAddCommand implements AdminCommand {

    private final Accounts accounts;

    UserAddCommand(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "user add";
    }

    @Override
    public String usage() {
        return "<username> --org <organisation-id> --role ROLE[,ROLE] [--name \"Display Name\"] [--password-stdin]";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        AdminArguments arguments = AdminArguments.parse(args, Set.of("org", "role", "name"), Set.of("password-stdin"));
        String username = arguments.positional(1, 1).get(0);
        String organization = arguments.option("org").orElseThrow(() -> new AdminArguments.Malformed(
                "--org is required"));
        Set<Role> roles = roles(arguments.option("role").orElseThrow(() -> new AdminArguments.Malformed(
                "--role is required")));
        boolean generated = !arguments.flag("password-stdin");
        String password = generated ? accounts.generatePassword() : passwordFromStandardInput();

        UserAccount user = accounts.create(new Accounts.NewAccount(username, arguments.option("name").orElse(null),
                organization, roles, password));
        out.println("user:         " + user.username());
        out.println("name:         " + user.displayName());
        out.println("organisation: " + user.organization());
        out.println("roles:        " + user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")));
        if (generated) {
            out.println("password:     " + password + "   (shown this once)");
        }
        return OK;
    }

    private static Set<Role> roles(String text) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : text.split(",")) {
            String normalised = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            try {
                roles.add(Role.valueOf(normalised));
            } catch (IllegalArgumentException unknown) {
                throw new AdminArguments.Malformed("unknown role '" + name.strip() + "'; roles are "
                        + Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", ")));
            }
        }
        return roles;
    }

    private static String passwordFromStandardInput() {
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new AdminArguments.Malformed("--password-stdin: standard input is empty");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the password from standard input", e);
        }
    }
}

package org.cosmodrome.platform;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The administration mode of the jar: {@code admin [--setting=value ...] <command> [args]}. Starts the application
 * without a web server, banner or demo accounts and with warnings only, runs one {@link AdminCommand} as
 * {@code system:admin}, and answers with the command's exit code (0 ok, 1 failed, 2 usage).
 * <p>
 * The command's result goes to standard output; everything else (log lines, one-line errors) to standard error,
 * so that {@code token create} can be piped. On the embedded database it attaches to the PostgreSQL of a server
 * that is running on the same data directory rather than starting a second one (see {@code persistence}).
 * Settings before the command (such as {@code --cosmodrome.database.embedded.data-directory=...}) go to Spring.
 */
public final class AdminMode {

    private static final String PROGRAM = "cosmodrome";

    private AdminMode() {
    }

    /**
     * Runs one command and returns its exit code; never calls {@link System#exit(int)}.
     *
     * @param application the Spring Boot application class to start
     * @param args what followed {@code admin} on the command line
     */
    public static int run(Class<?> application, String[] args) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("cosmodrome.identity.demo-accounts", "false");
        settings.put("cosmodrome.database.embedded.attach-to-running", "true");
        settings.put("logging.level.root", "WARN");
        // Failures are reported below in one line; Spring's own report would add a stack trace.
        settings.put("logging.level.org.springframework.boot.SpringApplication", "OFF");
        settings.put("logging.level.org.springframework.boot.diagnostics", "OFF");
        settings.put("logging.level.org.springframework.context", "ERROR");
        List<String> command = new ArrayList<>(Arrays.asList(args));
        while (!command.isEmpty() && command.get(0).startsWith("--") && command.get(0).contains("=")) {
            String setting = command.remove(0).substring(2);
            settings.put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
        }
        String[] springArgs = settings.entrySet().stream().map(s -> "--" + s.getKey() + "=" + s.getValue())
                .toArray(String[]::new);

        PrintStream out = System.out;
        PrintStream err = System.err;
        // Whatever else writes to standard output (the console log appender among them) goes to standard error.
        System.setOut(err);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run(springArgs)) {
            List<AdminCommand> commands = context.getBeansOfType(AdminCommand.class).values().stream()
                    .sorted(Comparator.comparing(AdminCommand::name)).toList();
            return dispatch(commands, command, context.getBean(CurrentActor.class), out, err);
        } catch (RuntimeException e) {
            err.println(PROGRAM + ": cannot start: " + describe(e));
            return AdminCommand.FAILED;
        } finally {
            System.setOut(out);
        }
    }

    private static int dispatch(List<AdminCommand> commands, List<String> args, CurrentActor currentActor,
            PrintStream out, PrintStream err) {
        if (args.isEmpty() || List.of("help", "--help", "-h").contains(args.get(0))) {
            PrintStream target = args.isEmpty() ? err : out;
            help(commands, target);
            return args.isEmpty() ? AdminCommand.USAGE : AdminCommand.OK;
        }
        Optional<AdminCommand> chosen = commands.stream()
                .filter(c -> startsWith(args, List.of(c.name().split(" "))))
                .max(Comparator.comparingInt(c -> c.name().length()));
        if (chosen.isEmpty()) {
            err.println(PROGRAM + ": unknown command '" + String.join(" ", args.subList(0, Math.min(2,
                    args.size()))) + "'");
            help(commands, err);
            return AdminCommand.USAGE;
        }
        AdminCommand command = chosen.get();
        List<String> rest = args.subList(command.name().split(" ").length, args.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            out.println("Usage: " + PROGRAM + " " + command.name() + " " + command.usage());
            return AdminCommand.OK;
        }
        try {
            return currentActor.runAs(Actor.system("admin"), () -> command.run(List.copyOf(rest), out));
        } catch (AdminArguments.Malformed e) {
            err.println(PROGRAM + " " + command.name() + ": " + e.getMessage());
            err.println("Usage: " + PROGRAM + " " + command.name() + " " + command.usage());
            return AdminCommand.USAGE;
        } catch (RuntimeException e) {
            err.println(PROGRAM + " " + command.name() + ": " + describe(e));
            return AdminCommand.FAILED;
        } finally {
            out.flush();
        }
    }

    private static boolean startsWith(List<String> args, List<String> words) {
        return args.size() >= words.size() && args.subList(0, words.size()).equals(words);
    }

    private static void help(List<AdminCommand> commands, PrintStream target) {
        target.println("Usage: " + PROGRAM + " <command> [args]   (the jar: java -jar cosmodrome-app.jar admin"
                + " [--setting=value ...] <command> [args])");
        target.println("Commands:");
        commands.forEach(c -> target.println("  " + c.name() + " " + c.usage()));
    }

    /** One line about what went wrong: the refusal's own sentence, or the innermost cause's. */
    private static String describe(Throwable failure) {
        Throwable shown = failure;
        if (!(failure instanceof InvalidField || failure instanceof RuleViolation || failure instanceof RecordNotFound
                || failure instanceof AccessDenied)) {
            while (shown.getCause() != null && shown.getCause() != shown) {
                shown = shown.getCause();
            }
        }
        String message = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}

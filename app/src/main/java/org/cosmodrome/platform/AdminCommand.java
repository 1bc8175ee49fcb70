package org.cosmodrome.platform;

import java.io.PrintStream;
import java.util.List;

/**
 * A command of the administration mode ({@code java -jar cosmodrome-app.jar admin <command> [args]}, or
 * {@code ./cosmodrome user|token|ledger ...}). Each module contributes its own as beans; they run as
 * {@code system:admin} with no web server, on the same database the server uses.
 */
public interface AdminCommand {

    /** Exit code of a command that did what it was asked. */
    int OK = 0;
    /** Exit code of a command that ran but failed or found something wrong (a broken ledger, an unknown user). */
    int FAILED = 1;
    /** Exit code of a command given arguments it does not understand. */
    int USAGE = 2;

    /** The words that select the command, such as {@code "token create"}. */
    String name();

    /** The arguments after the name, in usage notation, such as {@code "<username> [--name NAME] [--days N]"}. */
    String usage();

    /**
     * Runs the command.
     *
     * @param args the arguments after the command's name
     * @param out where the result goes (standard output); errors are thrown, not printed
     * @return {@link #OK}, {@link #FAILED} or {@link #USAGE}
     * @throws AdminArguments.Malformed when the arguments do not fit {@link #usage()} (exit code 2)
     * @throws RuntimeException when the command is refused ({@link InvalidField}, {@link RuleViolation},
     *         {@link RecordNotFound}, ...): its message is printed on standard error (exit code 1)
     */
    int run(List<String> args, PrintStream out);
}

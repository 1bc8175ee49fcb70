package org.cosmodrome.planning.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code --option value} pairs of a command's arguments, in order. {@code --help} or {@code -h} anywhere before a
 * usage error asks for the usage; an option without its value is a usage error, told on the error stream with the
 * usage. The command gives each option its meaning (and refuses the ones it does not know).
 */
final class CommandLine {

    /** One option and its value. */
    record Option(String name, String value) {
    }

    /**
     * @param options the pairs read, in order
     * @param help whether the usage was asked for
     * @param bad whether the arguments are unusable (already told)
     */
    record Read(List<Option> options, boolean help, boolean bad) {
    }

    private CommandLine() {
    }

    static Read read(String command, String usage, String[] args, PrintStream err) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return new Read(options, true, false);
            }
            if (i + 1 >= args.length) {
                err.println(command + ": " + arg + (arg.startsWith("--") ? " needs a value" : " is not an option"));
                err.println(usage);
                return new Read(options, false, true);
            }
            options.add(new Option(arg, args[++i]));
        }
        return new Read(options, false, false);
    }
}

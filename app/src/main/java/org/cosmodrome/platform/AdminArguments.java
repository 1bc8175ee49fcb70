package org.cosmodrome.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of an {@link AdminCommand}: positional words and {@code --option value} (or
 * {@code --option=value}) pairs, plus flags without a value.
 *
 * @param positional the words that are not options, in order
 * @param options option values by name without the dashes; a flag maps to {@code "true"}
 */
public record AdminArguments(List<String> positional, Map<String, String> options) {

    /** Arguments that do not fit the command's usage; the admin mode answers with exit code 2. */
    public static class Malformed extends RuntimeException {
        public Malformed(String message) {
            super(message);
        }
    }

    public AdminArguments {
        positional = List.copyOf(positional);
        options = Map.copyOf(options);
    }

    /**
     * Splits {@code args}.
     *
     * @param withValue names of options that take a value
     * @param flags names of options that take none
     * @throws Malformed for an unknown option, a missing value or an option given twice
     */
    public static AdminArguments parse(List<String> args, Set<String> withValue, Set<String> flags) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.length() == 2) {
                positional.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String name = arg.substring(2, equals < 0 ? arg.length() : equals);
            String value;
            if (flags.contains(name) && equals < 0) {
                value = "true";
            } else if (withValue.contains(name)) {
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw new Malformed("--" + name + " needs a value");
                }
            } else {
                throw new Malformed("unknown option " + arg);
            }
            if (options.put(name, value) != null) {
                throw new Malformed("--" + name + " is given twice");
            }
        }
        return new AdminArguments(positional, options);
    }

    /**
     * The positional words, checked for their number.
     *
     * @throws Malformed when there are fewer than {@code min} or more than {@code max}
     */
    public List<String> positional(int min, int max) {
        if (positional.size() < min) {
            throw new Malformed("missing argument");
        }
        if (positional.size() > max) {
            throw new Malformed("unexpected argument '" + positional.get(max) + "'");
        }
        return positional;
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }
}

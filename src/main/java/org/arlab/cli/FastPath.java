package org.arlab.cli;

import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;

import picocli.CommandLine.Option;

/**
 * Runs a well-formed {@code kl} or {@code mc} command line without starting picocli, which takes about 200 ms to
 * start (its class graph, loaded and interpreted on every run) against ~100 ms for the work itself. Options are read
 * from the command's own {@link Option} annotations, so the two parsers cannot drift apart. Anything this parser
 * does not fully understand — help, an unknown or repeated option, a missing required option, a value that does not
 * convert — is left to picocli, which gives the usual message.
 */
final class FastPath {
    /** A command that can run with its fields set and an output, without picocli's {@code CommandSpec}. */
    interface Printing {
        /** @return the exit status */
        int run(PrintWriter out);
    }

    /** The default of {@code Option.defaultValue()} in picocli 4.7, spelled out: reading a constant would load picocli. */
    static final String NO_DEFAULT = "__no_default_value__";

    private FastPath() {
    }

    /**
     * @return the exit status, or -1 when the command line is left to picocli
     */
    static int tryRun(PrintWriter out, PrintWriter err, String... args) {
        return tryRun(out, err, false, args);
    }

    /**
     * @param terminal whether standard error is a terminal (the command then shows its progress there)
     * @return the exit status, or -1 when the command line is left to picocli
     */
    static int tryRun(PrintWriter out, PrintWriter err, boolean terminal, String... args) {
        if (args.length == 0) {
            return -1;
        }
        Printing command = switch (args[0]) {
            case "kl" -> new KlCommand();
            case "mc" -> new McCommand();
            default -> null;
        };
        if (command == null || !bind(command, args)) {
            return -1;
        }
        Progress.attach(command, err, args[0], terminal);
        try {
            return command.run(out);
        } catch (RuntimeException e) {
            err.println(Failure.line(args[0], e));
            err.flush();
            return ArLabCommand.USAGE_ERROR;
        } finally {
            out.flush();
        }
    }

    /** Sets the command's fields from the arguments; false when picocli should handle them instead. */
    static boolean bind(Object command, String[] args) {
        Map<String, Field> byName = new HashMap<>();
        Map<Field, Boolean> set = new HashMap<>();
        for (Field f : command.getClass().getDeclaredFields()) {
            Option o = f.getAnnotation(Option.class);
            if (o == null) {
                continue;
            }
            for (String n : o.names()) {
                byName.put(n, f);
            }
            set.put(f, false);
            if (!o.defaultValue().equals(NO_DEFAULT) && !convert(command, f, o.defaultValue())) {
                return false;
            }
        }
        for (int i = 1; i < args.length; i++) {
            String name = args[i];
            String value = null;
            int eq = name.indexOf('=');
            if (name.startsWith("--") && eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            Field f = byName.get(name);
            if (f == null || set.get(f)) {
                return false;
            }
            if (f.getType() == boolean.class) {
                if (value != null) {
                    return false;
                }
                value = "true";
            } else if (value == null) {
                if (i + 1 >= args.length) {
                    return false;
                }
                value = args[++i];
            }
            if (!convert(command, f, value)) {
                return false;
            }
            set.put(f, true);
        }
        for (Map.Entry<Field, Boolean> e : set.entrySet()) {
            if (e.getKey().getAnnotation(Option.class).required() && !e.getValue()) {
                return false;
            }
        }
        // kl's p and q are each --x-phi or --x-model: one missing is picocli's to report, like a required option
        return !(command instanceof KlCommand k) || k.bothSidesGiven();
    }

    private static boolean convert(Object command, Field f, String text) {
        try {
            Class<?> t = f.getType();
            Object v;
            if (t == double.class) {
                v = Double.parseDouble(text);
            } else if (t == int.class) {
                v = Integer.parseInt(text);
            } else if (t == long.class) {
                v = Long.parseLong(text);
            } else if (t == boolean.class) {
                v = Boolean.parseBoolean(text);
            } else if (t == String.class) {
                v = text;
            } else if (t == double[].class) {
                if (text.isEmpty()) {
                    return false;
                }
                String[] parts = text.split(",", -1);
                double[] d = new double[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    d[i] = Double.parseDouble(parts[i]);
                }
                v = d;
            } else {
                return false;
            }
            f.setAccessible(true);
            f.set(command, v);
            return true;
        } catch (NumberFormatException | IllegalAccessException e) {
            return false;
        }
    }
}

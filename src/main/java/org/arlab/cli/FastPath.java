package org.arlab.cli;

import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;

import picocli.CommandLine.Option;

/**
 * Runs a well-formed {@code kl} or {@code mc} command line without starting picocli, which takes about 200 ms to
 * start (its class graph, loaded and interpreted on every run) against ~100 ms for the work itself. Options come from
 * a table each command keeps beside its {@link Option} annotations ({@link Tabled}); a test fails when the two
 * disagree, so the two parsers cannot drift apart. Anything this parser
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

    /**
     * One option of a fast command as its {@link Option} annotation declares it: name, field, default (null for none)
     * and whether it is required. The commands list theirs in {@link Tabled#fastOptions()} because reading the
     * annotations at run time costs ~80 ms of start-up (annotation parsing builds proxy classes); {@code
     * FastPathTest.theTablesAreTheAnnotations} fails when a table and the annotations disagree.
     */
    static final class Opt { // not a record: a record's first hashCode bootstraps ObjectMethods, ~60 ms of start-up
        private final String name;
        private final String field;
        private final String defaultValue;
        private final boolean required;

        Opt(String name, String field, String defaultValue, boolean required) {
            this.name = name;
            this.field = field;
            this.defaultValue = defaultValue;
            this.required = required;
        }

        String name() {
            return name;
        }

        String field() {
            return field;
        }

        String defaultValue() {
            return defaultValue;
        }

        boolean required() {
            return required;
        }
    }

    /** A fast command that lists its options. */
    interface Tabled {
        /** @return the options, as the annotations declare them */
        Opt[] fastOptions();
    }

    /** Sets the command's fields from the arguments; false when picocli should handle them instead. */
    static boolean bind(Object command, String[] args) {
        Opt[] options = ((Tabled) command).fastOptions();
        Map<String, Opt> byName = new HashMap<>();
        Map<Opt, Boolean> set = new HashMap<>();
        for (Opt o : options) {
            byName.put(o.name(), o);
            set.put(o, false);
            if (o.defaultValue() != null && !convert(command, o, o.defaultValue())) {
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
            Opt o = byName.get(name);
            if (o == null || set.get(o)) {
                return false;
            }
            if (field(command, o).getType() == boolean.class) {
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
            if (!convert(command, o, value)) {
                return false;
            }
            set.put(o, true);
        }
        for (Map.Entry<Opt, Boolean> e : set.entrySet()) {
            if (e.getKey().required() && !e.getValue()) {
                return false;
            }
        }
        // kl's p and q are each --x-phi or --x-model: one missing is picocli's to report, like a required option
        return !(command instanceof KlCommand k) || k.bothSidesGiven();
    }

    private static Field field(Object command, Opt o) {
        try {
            return command.getClass().getDeclaredField(o.field());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("FastPath table names no field " + o.field(), e);
        }
    }

    private static boolean convert(Object command, Opt o, String text) {
        Field f = field(command, o);
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

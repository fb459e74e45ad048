package org.arlab.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.arlab.chart.LabCatalog;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level {@code arlab} command. Every error ends with exit code 2 and one line on standard error.
 */
@Command(name = "arlab",
        mixinStandardHelpOptions = true,
        version = "AR Lab 0.1",
        description = "AR Lab: autoregressive models you can touch. Without arguments, opens the window.")
public final class ArLabCommand implements Runnable {
    /** Exit status for any user error. */
    public static final int USAGE_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * @param labs the labs, for {@code export} (looked up only when that command runs)
     * @return every command, by name, in the order the help lists them
     */
    static Map<String, Supplier<Object>> commands(Supplier<LabCatalog> labs) {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("fit", FitCommand::new);
        m.put("select", SelectCommand::new);
        m.put("simulate", SimulateCommand::new);
        m.put("horizon", HorizonCommand::new);
        m.put("kl", KlCommand::new);
        m.put("mc", McCommand::new);
        m.put("train", TrainCommand::new);
        m.put("memory", MemoryCommand::new);
        m.put("export", () -> new ExportCommand(labs));
        m.put("help", CommandLine.HelpCommand::new);
        return m;
    }

    /**
     * Runs a command line with the process's standard streams.
     *
     * @param labs the labs {@code export} draws (the window's list, handed over by the entry point)
     * @return the exit status
     */
    public static int run(Supplier<LabCatalog> labs, String... args) {
        return run(labs, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /**
     * Runs a command line, writing to the given streams (tests capture them).
     *
     * @param labs the labs {@code export} draws
     * @return the exit status: 0 on success, 2 on any error
     */
    public static int run(Supplier<LabCatalog> labs, PrintWriter out, PrintWriter err, String... args) {
        int fast = FastPath.tryRun(out, err, args);
        return fast >= 0 ? fast : runPicocli(labs, out, err, args);
    }

    /** Runs a command line through picocli only (tests compare it with {@link FastPath}). */
    static int runPicocli(Supplier<LabCatalog> labs, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new ArLabCommand());
        // Picocli reads each command's annotations by reflection when it is added, ~20 ms apiece at start-up: add
        // only the command asked for, or all of them for help and for anything unknown.
        Map<String, Supplier<Object>> commands = commands(labs);
        Supplier<Object> asked = args.length > 0 && !args[0].equals("help") ? commands.get(args[0]) : null;
        if (asked != null) {
            cl.addSubcommand(args[0], asked.get());
        } else {
            commands.forEach((name, make) -> cl.addSubcommand(name, make.get()));
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("arlab: " + ex.getMessage());
            err.flush();
            return USAGE_ERROR;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            err.println("arlab " + cmd.getCommandName() + ": " + msg.replace('\n', ' '));
            err.flush();
            return USAGE_ERROR;
        });
        int status = cl.execute(args);
        out.flush();
        return status;
    }
}

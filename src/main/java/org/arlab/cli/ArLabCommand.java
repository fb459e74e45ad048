package org.arlab.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.arlab.chart.LabCatalog;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level {@code arlab} command. Every error ends with exit code 2 and one line on standard error: a refusal
 * with its reason, a write error on standard output, and anything else — running out of memory, an internal error —
 * caught here and said in one line ({@link Failure}).
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
        m.put("forecast", ForecastCommand::new);
        m.put("diagnose", DiagnoseCommand::new);
        m.put("simulate", SimulateCommand::new);
        m.put("horizon", HorizonCommand::new);
        m.put("kl", KlCommand::new);
        m.put("mc", McCommand::new);
        m.put("train", TrainCommand::new);
        m.put("memory", MemoryCommand::new);
        m.put("replicate", ReplicateCommand::new);
        m.put("mixture", MixtureCommand::new);
        m.put("export", () -> new ExportCommand(labs));
        m.put("help", CommandLine.HelpCommand::new);
        return m;
    }

    /**
     * Runs a command line with the process's standard streams. Standard output is written through its file
     * descriptor, not {@code System.out}, whose PrintStream would swallow a write error (a full disk, a closed pipe).
     *
     * @param labs the labs {@code export} draws (the window's list, handed over by the entry point)
     * @return the exit status
     */
    public static int run(Supplier<LabCatalog> labs, String... args) {
        Charset cs = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), cs), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), cs), true);
        return run(labs, out, err, Progress.stderrIsTerminal(), args);
    }

    /**
     * Runs a command line, writing to the given streams (tests capture them).
     *
     * @param labs the labs {@code export} draws
     * @return the exit status: 0 on success, 2 on any error
     */
    public static int run(Supplier<LabCatalog> labs, PrintWriter out, PrintWriter err, String... args) {
        return run(labs, out, err, false, args);
    }

    /**
     * @param terminal whether standard error is a terminal (long runs then show their progress on it)
     */
    static int run(Supplier<LabCatalog> labs, PrintWriter out, PrintWriter err, boolean terminal, String... args) {
        int status;
        try {
            int fast = FastPath.tryRun(out, err, terminal, args);
            status = fast >= 0 ? fast : runPicocli(labs, out, err, terminal, args);
        } catch (Throwable t) { // OutOfMemoryError, and whatever else gets past the commands' handlers
            err.println(Failure.line(null, t));
            err.flush();
            return USAGE_ERROR;
        }
        if (out.checkError() && status == 0) { // a command that failed has said so already
            err.println("arlab: cannot write to standard output (closed, or its disk is full).");
            err.flush();
            status = USAGE_ERROR;
        }
        return status;
    }

    /** Runs a command line through picocli only (tests compare it with {@link FastPath}). */
    static int runPicocli(Supplier<LabCatalog> labs, PrintWriter out, PrintWriter err, String... args) {
        return runPicocli(labs, out, err, false, args);
    }

    private static int runPicocli(Supplier<LabCatalog> labs, PrintWriter out, PrintWriter err, boolean terminal,
            String... args) {
        CommandLine cl = new CommandLine(new ArLabCommand());
        // Picocli reads each command's annotations by reflection when it is added, ~20 ms apiece at start-up: add
        // only the command asked for, or all of them for help and for anything unknown.
        Map<String, Supplier<Object>> commands = commands(labs);
        Supplier<Object> asked = args.length > 0 && !args[0].equals("help") ? commands.get(args[0]) : null;
        if (asked != null) {
            cl.addSubcommand(args[0], Progress.attach(asked.get(), err, args[0], terminal));
        } else {
            commands.forEach((name, make) -> cl.addSubcommand(name, make.get()));
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println(org.arlab.core.io.Echo.of("arlab: " + ex.getMessage(), 400));
            err.flush();
            return USAGE_ERROR;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            err.println(Failure.line(cmd.getCommandName(), ex));
            err.flush();
            return USAGE_ERROR;
        });
        int status = cl.execute(args);
        out.flush();
        return status;
    }
}

package org.arlab.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level {@code arlab} command. Every error ends with exit code 2 and one line on standard error.
 */
@Command(name = "arlab",
        mixinStandardHelpOptions = true,
        version = "AR Lab 0.1",
        description = "AR Lab: autoregressive models you can touch. Without arguments, opens the window.",
        subcommands = {FitCommand.class, SelectCommand.class, SimulateCommand.class, HorizonCommand.class, KlCommand.class, McCommand.class, ExportCommand.class, CommandLine.HelpCommand.class})
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
     * Runs a command line with the process's standard streams.
     *
     * @return the exit status
     */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /**
     * Runs a command line, writing to the given streams (tests capture them).
     *
     * @return the exit status: 0 on success, 2 on any error
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new ArLabCommand());
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

package org.arlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;

import org.arlab.chart.LabCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's command-line reproductions, one each: every one now ends with exit 2 and one line on standard error,
 * quickly (a budget is checked before the work), naming the problem in words, with no stack trace and no Java
 * message.
 */
class ErrorContractTest {
    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        return run(org.arlab.app.lab.Labs::catalog, args);
    }

    private int run(Supplier<LabCatalog> labs, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return ArLabCommand.run(labs, new PrintWriter(out), new PrintWriter(err), args);
    }

    /** Runs, expecting a refusal: exit 2, one line on standard error, within a few seconds; returns the line. */
    private String refused(String... args) {
        int[] status = new int[1];
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            status[0] = run(args);
        }, String.join(" ", args));
        String e = err.toString();
        assertThat(status[0]).as("%s: %s", String.join(" ", args), e).isEqualTo(2);
        assertThat(e).as(String.join(" ", args)).endsWith(System.lineSeparator());
        String line = e.strip();
        assertThat(line).as(String.join(" ", args)).isNotEmpty().doesNotContain("\n").doesNotContain("\r")
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("java.");
        return line;
    }

    @Test
    void crashesAreRefusals() throws Exception {
        // fit --input /dev/zero read 5.4 GB, then OutOfMemoryError with a stack trace
        assertThat(refused("fit", "--input", "/dev/zero", "--order", "1")).isEqualTo(
                "arlab fit: zero: is not a regular file (a device, a pipe or a socket); AR Lab reads only files.");
        // simulate --n 10⁹ and kl --horizon 10⁸ ran out of memory
        assertThat(refused("simulate", "--n", "1000000000", "--phi", "0.5"))
                .isEqualTo("arlab simulate: --n must be 1 to 10 000 000, not 1 000 000 000.");
        assertThat(refused("kl", "--p-phi", "0.5", "--q-phi", "0.4", "--horizon", "100000000"))
                .isEqualTo("arlab kl: --horizon must be 1 to 100 000, not 100 000 000.");
        // export to a missing folder printed a 26-line ImageIO trace
        assertThat(refused("export", "--lab", "kl", "--output", "/nonexistent/dir/x.png")).isEqualTo(
                "arlab export: cannot write /nonexistent/dir/x.png: the folder /nonexistent/dir does not exist.");
        assertThat(refused("export", "--lab", "kl", "--output", "/")).contains(".png, .svg or .pdf");
    }

    @Test
    void whatHungIsRefusedAtOnce() throws Exception {
        Path fifo = dir.resolve("fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
        assertThat(refused("fit", "--input", fifo.toString(), "--order", "1")).contains("not a regular file");
        // 10¹⁰ draws: each limit was checked alone, not their product
        assertThat(refused("horizon", "--phi", "0.5", "--steps", "100000", "--rollouts", "100000")).isEqualTo(
                "arlab horizon: --steps × --rollouts = 100 000 × 100 000 draws is more than the ceiling of "
                        + "200 000 000; ask for fewer.");
        assertThat(refused("kl", "--p-phi", "0.5", "--q-phi", "0.4", "--horizon", "10", "--samples", "1000000000"))
                .contains("ceiling of 2 000 000 000");
        assertThat(refused("mc", "--coefficients", "1,1", "--samples", "10000000000"))
                .isEqualTo("arlab mc: --samples must be 2 to 1 000 000 000, not 10 000 000 000.");
        assertThat(refused("mc", "--coefficients", "1," + "1,".repeat(40) + "1", "--samples", "100"))
                .contains("degree").contains("0 to 30");
        assertThat(refused("mc", "--coefficients", "1,1e300,1e300", "--variance", "1e10", "--samples", "100"))
                .contains("beyond double precision");
        assertThat(refused("mc", "--coefficients", "1,NaN", "--samples", "100")).contains("finite");
    }

    @Test
    void silentlyWrongAnswersAreRefused() throws Exception {
        // exit 0 with a header only, calling φ = 0.5 explosive
        assertThat(refused("simulate", "--phi", "0.5", "--sigma", "1e308", "--n", "10"))
                .isEqualTo("arlab simulate: --sigma (σ) must be 1e-100 to 1e100, not 1.0E308.");
        // an explosive model is refused with how far it goes, not cut short with exit 0
        assertThat(refused("simulate", "--phi", "1.5", "--n", "10000")).contains("explosive")
                .contains("--n 852 or fewer");
        // variances printed pinned at Double.MAX_VALUE
        assertThat(refused("horizon", "--phi", "1.5", "--steps", "2000", "--rollouts", "10")).contains("explosive")
                .contains("h = 569").contains("--steps 568 or fewer");
        assertThat(run("horizon", "--phi", "1.5", "--steps", "500", "--rollouts", "10", "--json")).isZero();
        assertThat(out.toString()).doesNotContain("1.7976931348623157E308");
        // write errors were swallowed by a PrintWriter
        if (Files.exists(Path.of("/dev/full"))) {
            assertThat(refused("simulate", "--phi", "0.5", "--n", "10", "--output", "/dev/full"))
                    .isEqualTo("arlab simulate: cannot write /dev/full: No space left on device.");
        }
        assertThat(refused("simulate", "--phi", ",", "--n", "10")).contains("--phi needs at least one number");
    }

    @Test
    void aFullStandardOutputIsAnErrorNotSilence() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        StringWriter e = new StringWriter();
        int status = ArLabCommand.run(org.arlab.app.lab.Labs::catalog, new PrintWriter(full), new PrintWriter(e),
                "simulate", "--phi", "0.5", "--n", "100");
        assertThat(status).isEqualTo(2);
        assertThat(e.toString().strip()).isEqualTo(
                "arlab simulate: cannot write to standard output (closed, or its disk is full).");
        e.getBuffer().setLength(0);
        status = ArLabCommand.run(org.arlab.app.lab.Labs::catalog, new PrintWriter(full), new PrintWriter(e),
                "mc", "--coefficients", "1,1,1", "--samples", "100");
        assertThat(status).isEqualTo(2);
        assertThat(e.toString().strip()).isEqualTo("arlab: cannot write to standard output (closed, or its disk is "
                + "full).");
    }

    @Test
    void integerOptionsNeverWrapAround() {
        // printed -2147483648 (2 · order + 2 overflowed)
        assertThat(refused("fit", "--input", "x.csv", "--order", "2147483647"))
                .isEqualTo("arlab fit: --order must be 0 to 50, not 2 147 483 647.");
        assertThat(refused("fit", "--input", "x.csv", "--order", "30", "--method", "mle"))
                .isEqualTo("arlab fit: --order (with --method mle) must be 0 to 20, not 30.");
        // printed -1894967296 after 12 s
        assertThat(refused("simulate", "--phi", "0.5", "--n", "100000000"))
                .isEqualTo("arlab simulate: --n must be 1 to 10 000 000, not 100 000 000.");
        assertThat(refused("simulate", "--phi", "0.5", "--n", "4294967306"))
                .isEqualTo("arlab simulate: --n must be 1 to 10 000 000, not 4 294 967 306.");
        assertThat(refused("select", "--input", "x.csv", "--max-order", "-1"))
                .isEqualTo("arlab select: --max-order must be 0 to 50, not -1.");
        assertThat(refused("export", "--lab", "data", "--output", dir.resolve("x.png").toString(), "--width",
                "4294967346")).isEqualTo("arlab export: --width must be 50 to 10 000, not 4 294 967 346.");
        assertThat(refused("horizon", "--phi", "0.5", "--steps", "0", "--rollouts", "10"))
                .isEqualTo("arlab horizon: --steps must be 1 to 100 000, not 0.");
        assertThat(refused("kl", "--p-phi", "0.5", "--q-phi", "0.2", "--horizon", "5", "--samples", "1"))
                .isEqualTo("arlab kl: --samples must be 2 to 1 000 000 000, not 1.");
        assertThat(refused("fit", "--input", "x.csv", "--order", "99999999999999999999"))
                .contains("--order").doesNotContain("\n");
    }

    @Test
    void messagesSayWhatIsWrongInWords() throws Exception {
        // said "p is explosive"
        assertThat(refused("kl", "--p-phi", "0.5", "--q-phi", "0.5", "--q-sigma", "1e-300", "--horizon", "10"))
                .isEqualTo("arlab kl: --q-sigma (σ) must be 1e-100 to 1e100, not 1.0E-300.")
                .doesNotContain("explosive");
        assertThat(refused("kl", "--p-phi", "0.5", "--p-sigma", "1e60", "--q-phi", "0.5", "--q-sigma", "1e-60",
                "--horizon", "10")).contains("within a factor 1e50").doesNotContain("explosive");
        Path secret = dir.resolve("secret.csv");
        Files.writeString(secret, "1\n2\n3\n4\n5\n");
        Files.setPosixFilePermissions(secret, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
        if (!Files.isReadable(secret)) { // not as root
            assertThat(refused("fit", "--input", secret.toString(), "--order", "1"))
                    .isEqualTo("arlab fit: secret.csv: permission denied.");
        }
    }

    @Test
    void internalErrorsAndRunningOutOfMemorySayWhatTheyAreInOneLine() {
        // Java messages leaked: "Index 0 out of bounds for length 0", "Cannot invoke \"java.nio.file.Path…\""
        int status = run(() -> {
            throw new IndexOutOfBoundsException("Index 0 out of bounds for length 0");
        }, "export", "--lab", "data", "--output", dir.resolve("x.png").toString());
        assertThat(status).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("arlab export: internal error (IndexOutOfBoundsException in ")
                .contains("please report it").doesNotContain("Index 0").doesNotContain("\n");
        // the entry point catches OutOfMemoryError and any other throwable: one line, exit 2
        status = run(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, "export", "--lab", "data", "--output", dir.resolve("x.png").toString());
        assertThat(status).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("arlab").contains("out of memory").contains("-Xmx")
                .doesNotContain("\n");
        status = run(() -> {
            throw new StackOverflowError();
        }, "export", "--lab", "data", "--output", dir.resolve("x.png").toString());
        assertThat(status).isEqualTo(2);
        assertThat(err.toString().strip()).contains("internal error (StackOverflowError").doesNotContain("\n");
    }

    @Test
    void theReaderRefusalsReachTheCommandLineAsOneLine() throws Exception {
        Path na = dir.resolve("na.csv");
        Files.writeString(na, "v\n1\n#N/A\n3\n4\n2\n5\n3\n");
        assertThat(refused("fit", "--input", na.toString(), "--order", "1")).isEqualTo("arlab fit: na.csv, line 3: "
                + "\"#N/A\" marks a missing value; fill it in, or drop the lines with missing values (--drop-missing).");
        assertThat(run("fit", "--input", na.toString(), "--order", "1", "--drop-missing", "--json")).isZero();
        assertThat(out.toString()).contains("\"nobs\":5"); // six values, one lag
        Path cr = dir.resolve("cr.csv");
        Files.writeString(cr, "v\r1\r2\rthr\u001cee\r4\r");
        assertThat(refused("fit", "--input", cr.toString(), "--order", "1"))
                .isEqualTo("arlab fit: cr.csv, line 4: \"thr\\u001cee\" is not a number.");
        Path eu = dir.resolve("eu.csv");
        Files.writeString(eu, "id;value\n2012;0,388\n2013;0,401\n2014;0,5\n2015;0,6\n");
        assertThat(refused("select", "--input", eu.toString(), "--max-order", "1")).contains("decimal comma");
    }

    @Test
    void aSeriesBeyondWhatAFitComputesIsRefusedByScaleNotAFalseReason() throws Exception {
        // were "The series is fitted exactly (zero residuals)" and "The fit is singular"
        Path big = dir.resolve("big.csv");
        Files.writeString(big, "v\n1e200\n1\n2\n3\n5\n2\n1\n4\n");
        assertThat(refused("fit", "--input", big.toString(), "--order", "1")).isEqualTo("arlab fit: big.csv: value 1 "
                + "is 1.00e+200, beyond ±1e150, where a fit's sums of squares overflow; rescale the series (divide it "
                + "by a power of ten).");
        Path tiny = dir.resolve("tiny.csv");
        Files.writeString(tiny, "v\n1e-300\n2e-300\n1.5e-300\n3e-300\n1e-300\n2.2e-300\n");
        assertThat(refused("select", "--input", tiny.toString(), "--max-order", "1")).contains("below 1e-150");
    }

    @Test
    void helpStatesTheDefaultColumnRuleAndTheCeilings() {
        assertThat(run("fit", "--help")).isZero();
        assertThat(out.toString().replaceAll("\\s+", " ")).contains("default: the last column in which numbers "
                + "outnumber text over the first 100 data lines").contains("--drop-missing").contains("0 to 50");
        assertThat(run("horizon", "--help")).isZero();
        assertThat(out.toString().replaceAll("\\s+", " ")).contains("at most 200 000 000");
        assertThat(run("simulate", "--help")).isZero();
        assertThat(out.toString().replaceAll("\\s+", " ")).contains("1 to 10 000 000");
    }

    @Test
    void progressIsShownOnlyOnATerminalAndErasedAfter() {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int status = ArLabCommand.run(org.arlab.app.lab.Labs::catalog, new PrintWriter(o), new PrintWriter(e), true,
                "mc", "--coefficients", "1,1,1", "--samples", "3000000", "--json");
        assertThat(status).isZero();
        assertThat(e.toString()).contains("arlab mc:").contains("%");
        assertThat(e.toString()).endsWith("\r").doesNotContain("\n");
        StringWriter quiet = new StringWriter();
        String[] a = {"mc", "--coefficients", "1,1,1", "--samples", "3000000", "--json"};
        StringWriter o2 = new StringWriter();
        assertThat(ArLabCommand.run(org.arlab.app.lab.Labs::catalog, new PrintWriter(o2), new PrintWriter(quiet), a))
                .isZero();
        assertThat(quiet.toString()).isEmpty();
        assertThat(o2.toString()).as("progress does not change the draws").isEqualTo(o.toString());
    }
}

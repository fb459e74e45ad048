package org.arlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.arlab.core.ar.ArModel;
import org.arlab.core.kl.KlClosedForm;
import org.arlab.core.kl.ProcessKl;
import org.arlab.core.montecarlo.Estimate;
import org.arlab.core.neural.ModelFile;
import org.arlab.core.process.LinearProcess;
import org.arlab.core.process.NetworkProcess;
import org.arlab.core.process.SequenceModel;

/**
 * {@code kl --p-model FILE --q-model FILE}: KL_T(p‖q) between any two models by Monte Carlo ({@link ProcessKl}),
 * with the JSON keys of the linear form: closedForm (null unless both models are linear AR with a shared start, then
 * the exact value), monteCarlo {logRatio, conditional}, notes (the starts, the estimator), plus estimator ("gaussian"
 * or "nested") and secondsPer10000 (the sampling time per 10⁴ sequences on this machine).
 */
final class ModelKl {
    private ModelKl() {
    }

    static int run(KlCommand c, PrintWriter out) {
        int steps = (int) Limits.range("--horizon", c.horizon, 1, Limits.MAX_KL_HORIZON);
        Limits.range("--samples", c.samples, 2, Limits.MAX_SAMPLES);
        Limits.work("--horizon × --samples", steps, c.samples, Limits.MAX_KL_DRAWS, "steps");
        SequenceModel p = side("p", c.pPhi, c.pSigma, c.pModel);
        SequenceModel q = side("q", c.qPhi, c.qSigma, c.qModel);
        ProcessKl kl = new ProcessKl(p, q, steps, c.seed, ProcessKl.cores());
        for (long done = 0; done < c.samples; ) {
            long block = Math.min(1L << 14, c.samples - done);
            kl.advance(block, () -> false);
            done += block;
            c.progressReport((double) done / c.samples);
        }
        double closed = closedForm(p, q, kl, steps);
        Estimate lr = kl.logRatio();
        Estimate co = kl.conditional();
        List<String> notes = kl.notes();
        if (c.json) {
            Json j = new Json().beginObject();
            j.name("horizon").value(c.horizon).name("samples").value(c.samples).name("seed").value(c.seed);
            j.name("closedForm");
            if (Double.isNaN(closed)) {
                j.nullValue();
            } else {
                j.value(closed);
            }
            j.name("estimator").value(kl.method() == ProcessKl.Method.GAUSSIAN ? "gaussian" : "nested");
            j.name("notes").beginArray();
            notes.forEach(j::value);
            j.endArray();
            j.name("monteCarlo").beginObject();
            j.name("logRatio").beginObject().name("estimate").value(lr.mean()).name("stdError").value(lr.stdError())
                    .endObject();
            j.name("conditional").beginObject().name("estimate").value(co.mean()).name("stdError")
                    .value(co.stdError()).endObject();
            j.endObject();
            j.name("secondsPer10000").value(kl.secondsPerSequence() * 1e4);
            out.println(j.endObject());
        } else {
            out.printf(Locale.ROOT, "p: %s%nq: %s%n", p.name(), q.name());
            out.printf(Locale.ROOT, "KL_T(p||q), T = %d, exact        %s%n", steps, Double.isNaN(closed)
                    ? "none (not both linear): Monte Carlo only" : String.format(Locale.ROOT, "%.10g", closed));
            out.printf(Locale.ROOT, "Monte Carlo, M = %d sequences from p, seed %d%n", c.samples, c.seed);
            out.printf(Locale.ROOT, "  log-ratio     %.8g +- %.3g (standard error)%n", lr.mean(), lr.stdError());
            out.printf(Locale.ROOT, "  %-13s %.8g +- %.3g (standard error)%n", kl.method() == ProcessKl.Method
                    .GAUSSIAN ? "conditional" : "nested", co.mean(), co.stdError());
            out.printf(Locale.ROOT, "  %.3g s per 10^4 sequences%n", kl.secondsPerSequence() * 1e4);
            notes.forEach(n -> out.println("note: " + n));
        }
        out.flush();
        return 0;
    }

    private static SequenceModel side(String name, double[] phi, double sigma, String file) {
        if (file == null) {
            return LinearProcess.of(name + " = AR(" + phi.length + ")", KlCommand.model(name, phi, sigma));
        }
        return file(name, file);
    }

    /**
     * Reads one side from a model file written by {@code train --save} (also {@code export --lab kl}).
     *
     * @throws UncheckedIOException "--p-model: no such file …", for a file that cannot be read
     * @throws IllegalArgumentException "--p-model FILE: …", for one that is not a model file
     */
    static NetworkProcess file(String name, String file) {
        try {
            ModelFile m = ModelFile.read(Path.of(file));
            return NetworkProcess.of(name + " = " + m.description(), m.model(), m.start());
        } catch (IOException e) {
            throw new UncheckedIOException("--" + name + "-model: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--" + name + "-model " + org.arlab.core.io.Echo.of(file, 80) + ": "
                    + e.getMessage(), e);
        }
    }

    /** @return KL_T by the closed form when both are linear networks on p's start, else NaN */
    static double closedForm(SequenceModel p, SequenceModel q, ProcessKl kl, int steps) {
        double[] cum = closedFormCurve(p, q, kl, steps);
        return cum == null ? Double.NaN : cum[steps - 1];
    }

    /** @return KL_1..KL_T by the closed form when both are linear networks on p's start, else null */
    static double[] closedFormCurve(SequenceModel p, SequenceModel q, ProcessKl kl, int steps) {
        ArModel a = linear(p);
        ArModel b = linear(q);
        if (a == null || b == null || !(p instanceof NetworkProcess np) || kl.start() != p.firstConditional()) {
            return null;
        }
        double[] start = np.prefix();
        double[] initial = new double[start.length];
        for (int i = 0; i < start.length; i++) {
            initial[i] = start[start.length - 1 - i];
        }
        double[] cum = KlClosedForm.cumulative(a, b, steps, initial);
        return cum.length == steps ? cum : null;
    }

    private static ArModel linear(SequenceModel m) {
        if (m instanceof NetworkProcess n && n.model().isLinear()) {
            return n.model().linearAr();
        }
        if (m instanceof LinearProcess l) {
            return l.model();
        }
        return null;
    }
}

package org.arlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class FastPathTest {
    private static String[] run(boolean fast, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = fast ? ArLabCommand.run(org.arlab.app.lab.Labs::catalog, new PrintWriter(out), new PrintWriter(err), args)
                : ArLabCommand.runPicocli(org.arlab.app.lab.Labs::catalog, new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {Integer.toString(status), out.toString(), err.toString()};
    }

    @Test
    void theFastPathPrintsExactlyWhatPicocliPrints() {
        String[][] lines = {
            {"kl", "--p-phi", "0.5,-0.3", "--q-phi", "0.6,0.2", "--horizon", "30", "--samples", "500", "--json"},
            {"kl", "--p-phi=0.5", "--p-sigma", "2", "--q-phi", "0.1,0.1,0.1", "--q-sigma=0.5", "--horizon", "7",
                "--seed", "9"},
            {"kl", "--p-phi", "0.5", "--p-sigma", "-1", "--q-phi", "0.2", "--horizon", "5"},
            {"mc", "--coefficients", "1,1,1", "--mu", "0", "--variance", "2", "--samples", "1000", "--json"},
            {"mc", "--coefficients", "0,0,0,1", "--mu", "1", "--variance", "0.5", "--samples", "10"},
            {"mc", "--coefficients", "1", "--samples", "1"},
        };
        for (String[] args : lines) {
            assertThat(run(true, args)).as(String.join(" ", args)).isEqualTo(run(false, args));
        }
    }

    @Test
    void anythingUnusualIsLeftToPicocli() {
        KlCommand c = new KlCommand();
        assertThat(FastPath.bind(c, new String[] {"kl", "--help"})).isFalse();
        assertThat(FastPath.bind(c, new String[] {"kl", "--p-phi", "0.5", "--horizon", "5"})).isFalse(); // no --q-phi
        assertThat(FastPath.bind(c, new String[] {"kl", "--p-phi", "x", "--q-phi", "0.5", "--horizon", "5"})).isFalse();
        assertThat(FastPath.bind(c, new String[] {"kl", "--p-phi", "0.5", "--q-phi", "0.5", "--horizon"})).isFalse();
        assertThat(FastPath.bind(c, new String[] {"kl", "--p-phi", "0.5", "--p-phi", "0.5", "--q-phi", "0.5",
            "--horizon", "5"})).isFalse();
        assertThat(FastPath.bind(c, new String[] {"kl", "--p-phi", "0.5", "--q-phi", "0.5", "--horizon", "5",
            "--what"})).isFalse();
        assertThat(FastPath.tryRun(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "fit", "--order", "1")).isEqualTo(-1);
    }

    @Test
    void theFastPathKnowsPicocliEmptyDefault() throws Exception {
        // FastPath spells out picocli's "no default" marker to avoid loading picocli; it must stay the same.
        assertThat(KlCommand.class.getDeclaredField("horizon").getAnnotation(picocli.CommandLine.Option.class)
                .defaultValue()).isEqualTo(FastPath.NO_DEFAULT);
        KlCommand c = new KlCommand();
        assertThat(FastPath.bind(c, new String[] {"kl", "--p-phi", "0.5", "--q-phi", "0.5", "--horizon", "5"})).isTrue();
        assertThat(c.samples).isEqualTo(10000);
        assertThat(c.seed).isEqualTo(42);
        assertThat(c.json).isFalse();
    }

    @Test
    void theTablesAreTheAnnotations() {
        for (FastPath.Tabled command : new FastPath.Tabled[] {new KlCommand(), new McCommand()}) {
            java.util.Set<String> fromAnnotations = new java.util.TreeSet<>();
            for (java.lang.reflect.Field f : command.getClass().getDeclaredFields()) {
                picocli.CommandLine.Option o = f.getAnnotation(picocli.CommandLine.Option.class);
                if (o == null) {
                    continue;
                }
                assertThat(o.names()).as(f.getName()).hasSize(1);
                assertThat(o.split()).as(f.getName()).isIn("", ",");
                String def = o.defaultValue().equals(FastPath.NO_DEFAULT) ? null : o.defaultValue();
                fromAnnotations.add(o.names()[0] + " " + f.getName() + " " + def + " " + o.required());
            }
            java.util.Set<String> fromTable = new java.util.TreeSet<>();
            for (FastPath.Opt o : command.fastOptions()) {
                fromTable.add(o.name() + " " + o.field() + " " + o.defaultValue() + " " + o.required());
            }
            assertThat(fromTable).as(command.getClass().getSimpleName()).isEqualTo(fromAnnotations);
        }
    }
}

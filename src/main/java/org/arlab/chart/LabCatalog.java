package org.arlab.chart;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.arlab.core.session.LabSlot;
import org.arlab.core.session.Session;
import org.jfree.chart.JFreeChart;

/**
 * The labs, in the navigator's order, seen headless: what sessions read and write and what {@code arlab export}
 * draws. Built from the window's one list of lab modules.
 */
public final class LabCatalog {
    private final List<LabSpec> labs;

    private LabCatalog(List<LabSpec> labs) {
        this.labs = List.copyOf(labs);
    }

    /**
     * @param labs the labs in order
     * @return the catalog
     * @throws IllegalArgumentException for a repeated key, a key that is not lower-case letters, or no labs
     */
    public static LabCatalog of(List<? extends LabSpec> labs) {
        if (labs.isEmpty()) {
            throw new IllegalArgumentException("a catalog needs at least one lab.");
        }
        Set<String> keys = new HashSet<>();
        for (LabSpec l : labs) {
            if (!l.key().matches("[a-z]+") || !keys.add(l.key())) {
                throw new IllegalArgumentException("lab keys must be distinct lower-case words, not " + l.key() + ".");
            }
        }
        return new LabCatalog(new ArrayList<>(labs));
    }

    /** @return the labs in order */
    public List<LabSpec> labs() {
        return labs;
    }

    /** @return the session slots of every lab that has one, in order */
    public List<LabSlot<?>> slots() {
        List<LabSlot<?>> out = new ArrayList<>();
        for (LabSpec l : labs) {
            if (l.slot() != null) {
                out.add(l.slot());
            }
        }
        return out;
    }

    /** @return the keys, comma-separated, for messages and help */
    public String keys() {
        return labs.stream().map(LabSpec::key).collect(Collectors.joining(", "));
    }

    /**
     * @param name a key, in any case, with spaces or hyphens ("Monte Carlo", "monte-carlo")
     * @return the lab
     * @throws IllegalArgumentException naming the labs there are, for an unknown name
     */
    public LabSpec find(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
        return labs.stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("unknown lab '" + name + "': choose " + keys() + "."));
    }

    /** @return the lab's main figure for the session, on the session's series */
    public JFreeChart mainFigure(LabSpec lab, Session session, ChartStyle style) {
        return lab.mainFigure(session, SeriesFacts.of(session), style);
    }
}

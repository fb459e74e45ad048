package org.arlab.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;

/** The mixture weights π_c per column as a stacked area: they sum to 1 at every x or t (MATH.md, problem 3). */
public final class StackedWeightsFigure implements Figure {
    private DefaultTableXYDataset dataset = new DefaultTableXYDataset();
    private final JFreeChart chart;
    private final XYPlot plot;

    /** @param style colours and fonts */
    public StackedWeightsFigure(ChartStyle style) {
        NumberAxis x = new NumberAxis("x");
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis("π");
        y.setRange(0, 1);
        plot = new XYPlot(dataset, x, y, new StackedXYAreaRenderer2());
        chart = new JFreeChart("Mixture weights π", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        restyle(style);
    }

    @Override
    public JFreeChart chart() {
        return chart;
    }

    /** @return the data: one series per component */
    public DefaultTableXYDataset dataset() {
        return dataset;
    }

    /** Shows π_c at the columns xs ([c][i]). */
    public void show(String title, String xLabel, double[] xs, double[][] pi) {
        chart.setNotify(false);
        chart.setTitle(title);
        plot.getDomainAxis().setLabel(xLabel);
        DefaultTableXYDataset d = new DefaultTableXYDataset();
        for (int c = 0; c < pi.length; c++) {
            XYSeries s = new XYSeries("π" + DensityMapFigure.sub(c + 1), false, false);
            for (int i = 0; i < xs.length; i++) {
                s.add(xs[i], pi[c][i], false);
            }
            d.addSeries(s);
        }
        dataset = d;
        plot.setDataset(d);
        plot.getDomainAxis().setRange(xs[0], xs[xs.length - 1]);
        chart.setNotify(true);
    }

    @Override
    public void restyle(ChartStyle style) {
        style.apply(chart);
        for (int c = 0; c < 8; c++) {
            plot.getRenderer().setSeriesPaint(c, MixtureColours.of(c));
        }
    }
}

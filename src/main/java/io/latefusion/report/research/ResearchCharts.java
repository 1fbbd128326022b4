package io.latefusion.report.research;

import io.latefusion.metrics.TaskMetrics;
import io.latefusion.stats.Summary;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The report's figures for one data set, as JFreeChart charts: learning curves (validation
 * headline per epoch, mean with a ±1 s band over seeds, the target as a line), epochs-to-target
 * bars (MLPerf aggregate ± s), stacked time breakdown (pre-training per encoder + training),
 * relative change against the baseline per metric and subset (the study's Figures 7.5–7.9), cost
 * against quality with the Pareto front, and a heatmap of the quality gain of each pre-training
 * setting over no pre-training per pooling, annotated with the cost increase.
 */
final class ResearchCharts {

    /** A built chart with its file name and caption. */
    record Named(String file, String caption, JFreeChart chart) {
    }

    private static final Font TITLE = new Font("SansSerif", Font.BOLD, 14);

    private ResearchCharts() {
    }

    static List<Named> of(DatasetAnalysis a) {
        String prefix = a.dataset() + "-";
        List<ArmStats> arms = a.arms().stream().filter(s -> s.arm().n() > 0).toList();
        List<Named> charts = new ArrayList<>();
        charts.add(new Named(prefix + "learning-curves.svg", "Learning curves: validation " + a.headlineKey()
                + " per epoch, mean over seeds with a ±1 s band; dashed line = target " + a.target(), learningCurves(a, arms)));
        charts.add(new Named(prefix + "epochs-to-target.svg", "Epochs to target (validation " + a.headlineKey() + " ≥ "
                + a.target() + "): MLPerf aggregate ± s; arms that did not converge have no bar", epochsToTarget(arms)));
        charts.add(new Named(prefix + "time-breakdown.svg", "Mean seconds per run: pre-training per encoder + training",
                timeBreakdown(arms)));
        charts.add(new Named(prefix + "relative-change.svg", "Relative change of each test metric (best epoch) against"
                + " the baseline " + arms.get(0).arm().label() + ", per modality subset, %", relativeChange(a, arms)));
        charts.add(new Named(prefix + "cost-quality.svg", "Total cost (pre-training + training, s) against test "
                + a.headlineKey() + "; the line joins the Pareto front", costQuality(a, arms)));
        charts.add(new Named(prefix + "pooling-heatmap.svg", "Quality gain (test " + a.headlineKey() + ", % against the"
                + " same pooling without pre-training) per pooling and pre-training setting; labels: gain / cost"
                + " increase", heatmap(a, arms)));
        return charts;
    }

    private static JFreeChart learningCurves(DatasetAnalysis a, List<ArmStats> arms) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (ArmStats s : arms) {
            Map<Integer, List<Double>> byEpoch = new TreeMap<>();
            s.arm().runs().forEach(r -> r.epochs().forEach(e -> {
                double v = Analysis.validation(e, a.fullSubset(), a.headline());
                if (!Double.isNaN(v)) {
                    byEpoch.computeIfAbsent(e.epoch(), k -> new ArrayList<>()).add(v);
                }
            }));
            YIntervalSeries series = new YIntervalSeries(s.arm().label());
            byEpoch.forEach((epoch, values) -> {
                Summary sum = Summary.of(values.stream().mapToDouble(Double::doubleValue).toArray());
                double sd = Double.isNaN(sum.sd()) ? 0 : sum.sd();
                series.add(epoch, sum.mean(), sum.mean() - sd, sum.mean() + sd);
            });
            data.addSeries(series);
        }
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setAlpha(0.2f);
        for (int i = 0; i < arms.size(); i++) {
            renderer.setSeriesFillPaint(i, color(i));
            renderer.setSeriesPaint(i, color(i));
        }
        NumberAxis epochs = new NumberAxis("epoch");
        epochs.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis metric = new NumberAxis("validation " + a.headlineKey());
        metric.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, epochs, metric, renderer);
        ValueMarker target = new ValueMarker(a.target(), Color.DARK_GRAY,
                new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[]{6, 4}, 0));
        target.setLabel("target " + a.target());
        target.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        target.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(target);
        return styled(new JFreeChart(a.dataset() + ": learning curves", TITLE, plot, true));
    }

    private static JFreeChart epochsToTarget(List<ArmStats> arms) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        List<String> notConverged = new ArrayList<>();
        for (ArmStats s : arms) {
            if (s.epochsToTarget().converged()) {
                double sd = Double.isNaN(s.epochsToTarget().sd()) ? 0 : s.epochsToTarget().sd();
                data.add(s.epochsToTarget().mean().doubleValue(), sd, "epochs to target", s.arm().label());
            } else {
                notConverged.add(s.arm().label());
            }
        }
        CategoryPlot plot = new CategoryPlot(data, categoryAxis(), new NumberAxis("epochs"), new StatisticalBarRenderer());
        JFreeChart chart = styled(new JFreeChart("Epochs to target", TITLE, plot, false));
        if (!notConverged.isEmpty()) {
            chart.addSubtitle(new TextTitle("did not converge: " + String.join(", ", notConverged)));
        }
        return chart;
    }

    private static JFreeChart timeBreakdown(List<ArmStats> arms) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Set<String> encoders = new LinkedHashSet<>();
        arms.forEach(s -> encoders.addAll(s.pretrain().keySet()));
        for (ArmStats s : arms) {
            for (String m : encoders) {
                Summary p = s.pretrain().get(m);
                data.addValue(p == null ? 0 : p.mean(), "pre-training " + m, s.arm().label());
            }
            data.addValue(s.train().mean(), "training", s.arm().label());
        }
        JFreeChart chart = ChartFactory.createStackedBarChart("Time breakdown", null, "seconds", data);
        ((CategoryPlot) chart.getPlot()).setDomainAxis(categoryAxis());
        return styled(chart);
    }

    private static JFreeChart relativeChange(DatasetAnalysis a, List<ArmStats> arms) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        ArmStats base = arms.get(0);
        for (ArmStats s : arms.subList(1, arms.size())) {
            for (String subset : a.subsets()) {
                for (String metric : a.metrics()) {
                    String key = DatasetAnalysis.key(metric, subset);
                    Summary b = base.quality().get(key);
                    Summary v = s.quality().get(key);
                    if (b != null && v != null && b.mean() != 0) {
                        data.addValue((v.mean() - b.mean()) / Math.abs(b.mean()) * 100, s.arm().label(), key);
                    }
                }
            }
        }
        JFreeChart chart = ChartFactory.createBarChart("Relative change against " + base.arm().label(), null, "%", data,
                PlotOrientation.HORIZONTAL, true, false, false);
        return styled(chart);
    }

    private static JFreeChart costQuality(DatasetAnalysis a, List<ArmStats> arms) {
        XYSeriesCollection data = new XYSeriesCollection();
        boolean higher = TaskMetrics.higherIsBetter(a.headline());
        List<double[]> points = new ArrayList<>();
        for (ArmStats s : arms) {
            Summary q = s.quality().get(a.headlineKey());
            if (q == null) {
                continue;
            }
            XYSeries series = new XYSeries(s.arm().label());
            series.add(s.total().mean(), q.mean());
            data.addSeries(series);
            points.add(new double[]{s.total().mean(), q.mean()});
        }
        XYSeries front = new XYSeries("Pareto front", false);
        points.sort(Comparator.comparingDouble(p -> p[0]));
        double best = higher ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        for (double[] p : points) {
            if (higher ? p[1] > best : p[1] < best) {
                front.add(p[0], p[1]);
                best = p[1];
            }
        }
        data.addSeries(front);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        for (int i = 0; i < data.getSeriesCount() - 1; i++) {
            renderer.setSeriesLinesVisible(i, false);
            renderer.setSeriesPaint(i, color(i));
        }
        int last = data.getSeriesCount() - 1;
        renderer.setSeriesShapesVisible(last, false);
        renderer.setSeriesPaint(last, Color.GRAY);
        NumberAxis cost = new NumberAxis("total seconds (pre-training + training)");
        NumberAxis quality = new NumberAxis("test " + a.headlineKey());
        quality.setAutoRangeIncludesZero(false);
        cost.setAutoRangeIncludesZero(false);
        return styled(new JFreeChart("Cost against quality", TITLE, new XYPlot(data, cost, quality, renderer), true));
    }

    private static JFreeChart heatmap(DatasetAnalysis a, List<ArmStats> arms) {
        Map<String, Map<String, ArmStats>> cells = new LinkedHashMap<>();
        for (ArmStats s : arms) {
            RunRecord run = s.arm().runs().get(0);
            cells.computeIfAbsent(run.result().pooling().type(), k -> new LinkedHashMap<>())
                    .putIfAbsent(setting(run), s);
        }
        List<String> poolings = new ArrayList<>(cells.keySet());
        List<String> settings = new ArrayList<>();
        cells.values().forEach(m -> m.keySet().stream().filter(k -> !k.equals("none") && !settings.contains(k))
                .forEach(settings::add));
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        List<Double> zs = new ArrayList<>();
        List<XYTextAnnotation> labels = new ArrayList<>();
        for (int row = 0; row < poolings.size(); row++) {
            Map<String, ArmStats> byMask = cells.get(poolings.get(row));
            ArmStats reference = byMask.getOrDefault("none", arms.get(0));
            for (int col = 0; col < settings.size(); col++) {
                ArmStats s = byMask.get(settings.get(col));
                Summary q = s == null ? null : s.quality().get(a.headlineKey());
                Summary q0 = reference.quality().get(a.headlineKey());
                if (q == null || q0 == null || q0.mean() == 0) {
                    continue;
                }
                double sign = TaskMetrics.higherIsBetter(a.headline()) ? 1 : -1;
                double gain = sign * (q.mean() - q0.mean()) / Math.abs(q0.mean()) * 100;
                double cost = (s.total().mean() - reference.total().mean()) / reference.total().mean() * 100;
                xs.add((double) col);
                ys.add((double) row);
                zs.add(gain);
                XYTextAnnotation label = new XYTextAnnotation(String.format(Locale.ROOT, "%+.1f %% / %+.0f %%", gain, cost),
                        col, row);
                label.setFont(new Font("SansSerif", Font.BOLD, 13));
                labels.add(label);
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("gain", new double[][]{unbox(xs), unbox(ys), unbox(zs)});
        XYBlockRenderer renderer = new XYBlockRenderer();
        double extent = Math.max(1, zs.stream().mapToDouble(Math::abs).max().orElse(1));
        renderer.setPaintScale(new DivergingScale(extent));
        XYPlot plot = new XYPlot(data, new SymbolAxis("pre-trained encoders", settings.toArray(String[]::new)),
                new SymbolAxis("pooling", poolings.toArray(String[]::new)), renderer);
        labels.forEach(plot::addAnnotation);
        JFreeChart chart = styled(new JFreeChart("Quality gain / cost increase per pooling", TITLE, plot, false));
        if (settings.isEmpty()) {
            chart.addSubtitle(new TextTitle("no arm pre-trains an encoder: nothing to compare"));
        }
        return chart;
    }

    /** The pre-training setting of a run: its pre-trained encoders joined by "+", or "none". */
    static String setting(RunRecord run) {
        Set<String> encoders = new java.util.TreeSet<>(run.result().pretrainedEncoders().keySet());
        return encoders.isEmpty() ? "none" : String.join("+", encoders);
    }

    private static CategoryAxis categoryAxis() {
        CategoryAxis axis = new CategoryAxis();
        axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        axis.setMaximumCategoryLabelLines(2);
        return axis;
    }

    private static JFreeChart styled(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(TITLE);
        chart.getPlot().setBackgroundPaint(new Color(250, 250, 250));
        if (chart.getPlot() instanceof CategoryPlot plot) {
            for (int i = 0; i < plot.getDataset().getRowCount(); i++) {
                plot.getRenderer().setSeriesPaint(i, color(i));
            }
        }
        return chart;
    }

    private static double[] unbox(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
        new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
        new Color(0xbcbd22), new Color(0x17becf)};

    private static Color color(int i) {
        return PALETTE[i % PALETTE.length];
    }

    /** Red for losses, white for no change, green for gains, saturated at ±{@code extent}. */
    private record DivergingScale(double extent) implements PaintScale {

        @Override
        public double getLowerBound() {
            return -extent;
        }

        @Override
        public double getUpperBound() {
            return extent;
        }

        @Override
        public Paint getPaint(double value) {
            double t = Math.max(-1, Math.min(1, value / extent));
            int fade = (int) Math.round(255 * (1 - Math.abs(t)));
            return t >= 0 ? new Color(fade, 255 - (int) Math.round(80 * t), fade) : new Color(255, fade, fade);
        }
    }
}

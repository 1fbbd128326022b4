package io.latefusion.train;

import java.util.List;

/**
 * How a model's test score falls as one modality goes missing at test time: accuracy (for a
 * multi-label task its headline, F1 over samples, see {@link Objective#headline()}) and F1 macro
 * at each missing rate (0, 0.1, …, 1), the area under the accuracy curve (trapezoid rule over
 * [0, 1]; MultiBench's relative-robustness helper computes this area and then min–max-normalises
 * it across the methods it compares) and {@code relative} = area / accuracy at rate 0, a
 * per-model normalisation: 1 means no loss at all when the modality is missing, lower is less robust.
 */
public record RobustnessCurve(List<Double> rates, List<Double> accuracy, List<Double> f1Macro, double area,
                              double relative) {

    public RobustnessCurve {
        rates = List.copyOf(rates);
        accuracy = List.copyOf(accuracy);
        f1Macro = List.copyOf(f1Macro);
        checkSizes(rates, accuracy, f1Macro);
    }

    /** The curve of these points, its area and relative robustness computed from the accuracy. */
    public static RobustnessCurve of(List<Double> rates, List<Double> accuracy, List<Double> f1Macro) {
        checkSizes(rates, accuracy, f1Macro);
        double area = 0;
        for (int i = 1; i < rates.size(); i++) {
            area += (rates.get(i) - rates.get(i - 1)) * (accuracy.get(i) + accuracy.get(i - 1)) / 2;
        }
        double atZero = accuracy.get(0);
        return new RobustnessCurve(rates, accuracy, f1Macro, area, atZero > 0 ? area / atZero : Double.NaN);
    }

    private static void checkSizes(List<Double> rates, List<Double> accuracy, List<Double> f1Macro) {
        if (rates.size() < 2 || accuracy.size() != rates.size() || f1Macro.size() != rates.size()) {
            throw new IllegalArgumentException("A robustness curve needs at least two rates and one accuracy and"
                    + " one F1 per rate (got " + rates.size() + ", " + accuracy.size() + ", " + f1Macro.size() + ")");
        }
    }
}

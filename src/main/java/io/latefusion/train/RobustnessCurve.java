package io.latefusion.train;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * How a model's test score falls as one modality goes missing at test time: the task's headline
 * {@code metric} (accuracy, F1 over samples, binary accuracy) at each missing rate (0, 0.1, …, 1),
 * the area under that curve (trapezoid rule over [0, 1]; MultiBench's relative-robustness helper
 * computes this area and then min–max-normalises it across the methods it compares) and
 * {@code relative} = area / score at rate 0, a per-model normalisation: 1 means no loss at all when
 * the modality is missing, lower is less robust. Curves written when only accuracy was kept read
 * as accuracy curves.
 */
@JsonIgnoreProperties({"f1_macro"})
public record RobustnessCurve(String metric, List<Double> rates, @JsonAlias("accuracy") List<Double> scores,
                              double area, double relative) {

    public RobustnessCurve {
        metric = metric == null ? "accuracy" : metric;
        rates = List.copyOf(rates);
        scores = List.copyOf(scores);
        checkSizes(rates, scores);
    }

    /** The curve of these points, its area and relative robustness. */
    public static RobustnessCurve of(String metric, List<Double> rates, List<Double> scores) {
        checkSizes(rates, scores);
        double area = 0;
        for (int i = 1; i < rates.size(); i++) {
            area += (rates.get(i) - rates.get(i - 1)) * (scores.get(i) + scores.get(i - 1)) / 2;
        }
        double atZero = scores.get(0);
        return new RobustnessCurve(metric, rates, scores, area, atZero > 0 ? area / atZero : Double.NaN);
    }

    private static void checkSizes(List<Double> rates, List<Double> scores) {
        if (rates.size() < 2 || scores.size() != rates.size()) {
            throw new IllegalArgumentException("A robustness curve needs at least two rates and one score per rate"
                    + " (got " + rates.size() + " rates and " + scores.size() + " scores)");
        }
    }
}

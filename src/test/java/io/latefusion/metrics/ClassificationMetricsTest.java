package io.latefusion.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClassificationMetricsTest {

    private static final double EPS = 1e-12;

    private static void assertMetrics(ClassificationMetrics m, double accuracy, double macro, double micro,
                                      double weighted) {
        assertThat(m.accuracy()).as("accuracy").isCloseTo(accuracy, within(EPS));
        assertThat(m.f1Macro()).as("f1_macro").isCloseTo(macro, within(EPS));
        assertThat(m.f1Micro()).as("f1_micro").isCloseTo(micro, within(EPS));
        assertThat(m.f1Weighted()).as("f1_weighted").isCloseTo(weighted, within(EPS));
    }

    @Test
    void threeBalancedClasses() {
        // truth [0,0,1,1,2,2], pred [0,1,1,1,2,0]; 4 of 6 right.
        // class 0: tp 1, support 2, predicted 2 -> P 1/2, R 1/2, F1 2·1/(2+2) = 1/2
        // class 1: tp 2, support 2, predicted 3 -> P 2/3, R 1,   F1 2·2/(2+3) = 4/5
        // class 2: tp 1, support 2, predicted 1 -> P 1,   R 1/2, F1 2·1/(2+1) = 2/3
        // macro = (1/2 + 4/5 + 2/3) / 3 = 59/90; weighted (supports all 2) = macro; micro = accuracy
        ClassificationMetrics m = ClassificationMetrics.of(
                new int[] {0, 0, 1, 1, 2, 2}, new int[] {0, 1, 1, 1, 2, 0}, 3);
        assertMetrics(m, 4.0 / 6, 59.0 / 90, 4.0 / 6, 59.0 / 90);
    }

    @Test
    void classOnlyInPredictionsCountsInMacroWithF1Zero() {
        // truth [0,0,1,1], pred [0,2,1,1], 4 classes.
        // class 0: tp 1, support 2, predicted 1 -> F1 2/3
        // class 1: tp 2, support 2, predicted 2 -> F1 1
        // class 2: tp 0, support 0, predicted 1 -> F1 0, but present (in unique_labels)
        // class 3: in neither -> left out
        // macro = (2/3 + 1 + 0) / 3 = 5/9; weighted = (2/3·2 + 1·2 + 0·0) / 4 = 5/6; accuracy 3/4
        ClassificationMetrics m = ClassificationMetrics.of(new int[] {0, 0, 1, 1}, new int[] {0, 2, 1, 1}, 4);
        assertMetrics(m, 0.75, 5.0 / 9, 0.75, 5.0 / 6);
    }

    @Test
    void classesAbsentFromBothAreLeftOutAndWeightedUsesTrueSupport() {
        // truth [0,0,0,1], pred [0,0,1,1], 5 classes (2, 3, 4 never occur).
        // class 0: tp 2, support 3, predicted 2 -> F1 4/5
        // class 1: tp 1, support 1, predicted 2 -> F1 2/3
        // macro = (4/5 + 2/3) / 2 = 11/15 (not divided by 5); weighted = (4/5·3 + 2/3·1) / 4 = 23/30
        ClassificationMetrics m = ClassificationMetrics.of(new int[] {0, 0, 0, 1}, new int[] {0, 0, 1, 1}, 5);
        assertMetrics(m, 0.75, 11.0 / 15, 0.75, 23.0 / 30);
    }

    @Test
    void allWrongScoresZero() {
        // every class: tp 0 -> F1 0
        ClassificationMetrics m = ClassificationMetrics.of(new int[] {0, 1, 2}, new int[] {1, 2, 0}, 3);
        assertMetrics(m, 0, 0, 0, 0);
    }

    @Test
    void perfectScoresOne() {
        ClassificationMetrics m = ClassificationMetrics.of(new int[] {2, 0, 1, 2}, new int[] {2, 0, 1, 2}, 3);
        assertMetrics(m, 1, 1, 1, 1);
    }

    @Test
    void singleClass() {
        // only class 1 present: its F1 is 1, classes 0 and 2 are left out
        assertMetrics(ClassificationMetrics.of(new int[] {1, 1, 1}, new int[] {1, 1, 1}, 3), 1, 1, 1, 1);
        // truth all 0, one predicted 1:
        // class 0: tp 3, support 4, predicted 3 -> F1 6/7; class 1: tp 0, support 0, predicted 1 -> F1 0
        // macro = 3/7; weighted = (6/7·4 + 0) / 4 = 6/7
        assertMetrics(ClassificationMetrics.of(new int[] {0, 0, 0, 0}, new int[] {0, 0, 0, 1}, 2),
                0.75, 3.0 / 7, 0.75, 6.0 / 7);
    }

    @Test
    void matchesScikitLearnOnALargerCase() {
        // Expected values printed by scikit-learn 1.2.1: accuracy_score and
        // f1_score(average=..., zero_division=0); class 3 occurs only in the predictions.
        int[] truth = {6, 4, 4, 6, 4, 5, 5, 1, 0, 2, 1, 6, 6, 0, 4, 5, 0, 5, 0, 4,
            5, 2, 2, 1, 5, 1, 6, 4, 4, 4, 4, 4, 4, 6, 5, 5, 4, 4, 2, 6};
        int[] predicted = {6, 4, 3, 6, 4, 4, 5, 1, 3, 3, 1, 6, 6, 0, 5, 5, 0, 5, 6, 3,
            5, 4, 0, 2, 3, 6, 6, 4, 3, 0, 4, 5, 3, 6, 5, 5, 6, 4, 1, 1};
        assertMetrics(ClassificationMetrics.of(truth, predicted, 7),
                0.525, 0.42857142857142855, 0.525, 0.54375);
    }

    @Test
    void metricsByNameInStableOrder() {
        ClassificationMetrics m = new ClassificationMetrics(0.1, 0.2, 0.3, 0.4);
        assertThat(m.asMap()).containsExactly(
                entry("accuracy", 0.1),
                entry("f1_macro", 0.2),
                entry("f1_micro", 0.3),
                entry("f1_weighted", 0.4));
        assertThat(m.get("f1_weighted")).isEqualTo(0.4);
        assertThatThrownBy(() -> m.get("f1_samples"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'f1_samples'")
                .hasMessageContaining("accuracy, f1_macro, f1_micro, f1_weighted");
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> ClassificationMetrics.of(new int[] {0, 1}, new int[] {0}, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2").hasMessageContaining("1");
        assertThatThrownBy(() -> ClassificationMetrics.of(new int[0], new int[0], 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> ClassificationMetrics.of(new int[] {0, 3}, new int[] {0, 1}, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Label 3 in truth at index 1").hasMessageContaining("0..2");
        assertThatThrownBy(() -> ClassificationMetrics.of(new int[] {0, 1}, new int[] {-1, 1}, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Label -1 in predicted at index 0");
        assertThatThrownBy(() -> ClassificationMetrics.of(new int[] {0}, new int[] {0}, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("numClasses");
    }
}

package io.latefusion.report.research;

import io.latefusion.report.StudyTable;
import io.latefusion.stats.BreakEven;
import io.latefusion.stats.Summary;
import io.latefusion.stats.TimeToTarget;
import java.util.Map;

/**
 * Everything measured of one arm over its runs: quality per "metric subset" key (test scores of
 * the best epoch), time to target (MLPerf aggregate of epochs and seconds), the epoch-1 validation
 * headline, stability (mean spread over the last epochs of each run; spread across seeds), and cost
 * (pre-training per encoder, training, test, total; efficiency; break-even against the baseline,
 * null for an arm that pre-trains nothing). Null summaries where the arm has no run.
 */
record ArmStats(Arm arm, Map<String, Summary> quality, TimeToTarget epochsToTarget, TimeToTarget secondsToTarget,
                Summary epochOne, double lastEpochsSpread, double acrossSeedSpread, Map<String, Summary> pretrain,
                Summary pretrainTotal, Summary train, Summary test, Summary total, BreakEven breakEven) {

    /** The study's efficiency (§7.3.4, {@link StudyTable#efficiency}) of the mean headline and training time. */
    double efficiency(Summary headline) {
        return StudyTable.efficiency(headline.mean(), train.mean());
    }

    /** The same with pre-training counted: headline per (pre-training + training) second × 1000. */
    double efficiencyWithPretraining(Summary headline) {
        return StudyTable.efficiency(headline.mean(), total.mean());
    }
}

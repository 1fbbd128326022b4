package io.latefusion.report.compare;

import static io.latefusion.report.compare.JmhJson.TRAIN_STEP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.latefusion.report.compare.Calibration.Tally;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationTest {

    @TempDir
    Path dir;

    @Test
    void everyOrderedPairIsJudgedAndTalliedPerBenchmark() {
        // runs 1 and 2 alike; run 3's pretrain=all is 20 % slower; run 3's pretrain=none has 3 samples
        List<ResultFile> runs = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            double all = r == 2 ? 80 : 100;
            JmhJson json = JmhJson.results()
                    .addSamples(TRAIN_STEP, "thrpt", "ops/s", JmhJson.normal(r, 2, 5, all, 1), "pretrain=all")
                    .addSamples(TRAIN_STEP, "thrpt", "ops/s", JmhJson.normal(10 + r, 1, r == 2 ? 3 : 10, 50, 0.5),
                            "pretrain=none");
            runs.add(ResultFile.read(json.write(dir.resolve("run" + r + ".json"))));
        }

        Calibration calibration = Calibration.run(runs, new RegressionGate(RegressionGateTest.DEFAULTS));

        assertThat(calibration.runs()).isEqualTo(3);
        Tally all = calibration.rows().get(0);
        assertThat(all.label()).isEqualTo(TRAIN_STEP + " [pretrain=all] (thrpt)");
        // (1,3) and (2,3) regress, (3,1) and (3,2) improve, (1,2) and (2,1) are noise
        assertThat(all).isEqualTo(new Tally(all.label(), 6, 2, 2, 0));
        assertThat(all.rate()).isCloseTo(1 / 3.0, within(1e-12));
        Tally none = calibration.rows().get(1);
        assertThat(none).isEqualTo(new Tally(none.label(), 2, 0, 0, 4)); // the 4 pairs with run 3 are undecidable
        assertThat(none.rateInterval().low()).isZero();
        assertThat(calibration.overall()).isEqualTo(new Tally("all", 8, 2, 2, 4));
        assertThat(calibration.render()).contains("false alarms 2/8 (25.0%)");
    }

    @Test
    void oneRunIsNotACalibration() {
        ResultFile one = ResultFile.read(JmhJson.results().add(TRAIN_STEP, "thrpt", 100, 1, "ops/s")
                .write(dir.resolve("one.json")));

        assertThatThrownBy(() -> Calibration.run(List.of(one), new RegressionGate(RegressionGateTest.DEFAULTS)))
                .isInstanceOf(CompareException.class).hasMessageContaining("got 1");
    }
}

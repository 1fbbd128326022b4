package io.latefusion.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.latefusion.train.PhaseRecord;
import io.latefusion.train.ValidatedEpoch;
import io.latefusion.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark states are thin shells over the experiment layer: they build and run, tiny. */
class BenchmarkStatesTest {

    private static CellState cell(String pretrain) {
        CellState state = new CellState();
        state.dataset = "avmnist";
        state.pretrain = pretrain;
        state.pooling = "concat";
        state.scale = "quick";
        return state;
    }

    @Test
    void aCellStateRunsATrainingStepAnEpochAndInference(@TempDir Path cache) throws Exception {
        CellState state = cell("all");
        state.prepare(cache, Fixtures.TINY_CELL, false);
        try {
            TrainingBenchmarks benchmarks = new TrainingBenchmarks();
            float loss = benchmarks.trainStep(state);
            assertThat(loss).isFinite().isPositive();
            PhaseRecord epoch = benchmarks.trainEpoch(state);
            assertThat(epoch.subsets()).containsKey("AI");
            // the end-to-end epoch adds the validation pass, scored on every modality subset
            ValidatedEpoch endToEnd = benchmarks.epochEndToEnd(state);
            assertThat(endToEnd.validation().subsets()).containsKeys("AI", "A", "I");
            assertThat(state.sizes().trainRows()).isEqualTo(96);
            assertThat(state.sizes().batchSize()).isEqualTo(16);
            // the cell's pre-trained encoders were made once, into the cache, for the session
            try (var files = Files.walk(cache)) {
                assertThat(files.filter(p -> p.toString().endsWith("_best.params"))).hasSize(2);
            }

            InferenceState requests = new InferenceState();
            requests.batch = 4;
            requests.prepare(state);
            requests.measure(true);
            float[] scores = new InferenceBenchmarks().inference(state, requests);
            assertThat(scores).hasSize(4 * 10);
            assertThat(requests.latencies().getTotalCount()).isEqualTo(1);
        } finally {
            state.tearDown();
        }
    }

    @Test
    void aCellReadsRealThesisLayoutDataThroughTheDataParameter(@TempDir Path cache) {
        Path sample = Path.of("/work/shared/data/avmnist-thesis-sample");
        assumeTrue(Files.isDirectory(sample), "no thesis-layout sample data at " + sample);
        CellState state = cell("none");
        state.data = "thesis:" + sample;
        java.util.List<String> overrides = new java.util.ArrayList<>(DataSource.parse(state.data).overrides());
        overrides.addAll(java.util.List.of("train.batch_size=64", "model.encoders.audio.channels=4",
                "model.encoders.image.channels=4"));
        state.prepare(cache, overrides, false);
        try {
            assertThat(state.sizes().trainRows()).isEqualTo(600);
            assertThat(state.prepared.config().data().layout()).isEqualTo(io.latefusion.data.DataLayout.THESIS);
            assertThat(new TrainingBenchmarks().trainStep(state)).isFinite().isPositive();
        } finally {
            state.tearDown();
        }
    }

    @Test
    void anMmimdbCellTrainsAStepAndScoresGenres(@TempDir Path cache) throws Exception {
        CellState state = cell("all");
        state.dataset = "mmimdb";
        state.prepare(cache, java.util.List.of("data.synthetic.train=96", "data.synthetic.validation=32",
                "data.synthetic.test=32", "data.synthetic.image_size=64", "train.batch_size=16", "train.epochs=1",
                "pretrain.batch_size=16", "pretrain.epochs=1"), false);
        try {
            assertThat(new TrainingBenchmarks().trainStep(state)).isFinite().isPositive();
            InferenceState requests = new InferenceState();
            requests.batch = 4;
            requests.prepare(state);
            assertThat(new InferenceBenchmarks().inference(state, requests)).hasSize(4 * 23);
        } finally {
            state.tearDown();
        }
    }

    @Test
    void pretrainEncoderTimesOneEpochPerMaskedEncoderAndNothingForNone(@TempDir Path cache) {
        CellState audio = cell("A");
        audio.prepare(cache, Fixtures.TINY_CELL, true);
        try {
            assertThat(audio.prepared.pretrainSessions()).hasSize(1);
            assertThat(new TrainingBenchmarks().pretrainEncoder(audio)).isFinite().isPositive();
        } finally {
            audio.tearDown();
        }
        CellState none = cell("none");
        none.prepare(cache, Fixtures.TINY_CELL, true);
        try {
            assertThat(new TrainingBenchmarks().pretrainEncoder(none)).isZero();
        } finally {
            none.tearDown();
        }
    }

    @Test
    void latenciesOfSeveralForksAddUpInOneHistogramFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("inference-avmnist-none-concat-quick-1.json");
        java.util.Map<String, String> params = java.util.Map.of("batch", "1");
        InferenceState first = new InferenceState();
        first.measure(true);
        for (int i = 1; i <= 100; i++) {
            first.record(i * 1_000_000L);          // 1..100 ms
        }
        first.write(file, "io.latefusion.bench.InferenceBenchmarks.inference", params);
        InferenceState second = new InferenceState();
        second.measure(true);
        for (int i = 1; i <= 100; i++) {
            second.record(1_000_000_000L);          // 1 s each
        }
        second.write(file, "io.latefusion.bench.InferenceBenchmarks.inference", params);

        var json = io.latefusion.experiment.Mappers.json().readTree(file.toFile());
        assertThat(json.get("count").asLong()).isEqualTo(200);
        assertThat(json.get("p50").asDouble()).isBetween(99.0, 101.0);
        assertThat(json.get("p90").asDouble()).isBetween(990.0, 1010.0);
        assertThat(InferenceState.decode(file).getTotalCount()).isEqualTo(200);
    }
}

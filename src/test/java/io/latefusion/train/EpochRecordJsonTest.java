package io.latefusion.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.latefusion.experiment.Mappers;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EpochRecordJsonTest {

    private static PhaseRecord phase(double loss) {
        return new PhaseRecord(loss, Map.of("AI", Map.of("accuracy", 0.5)), new Timing(2.0, 0.1));
    }

    @Test
    void theMemoryFiguresRoundTrip() throws Exception {
        MemorySample memory = new MemorySample(900_000_000L, 120_000_000L, 256_000_000L, 4_096L, 42, 1_000_000L);
        EpochRecord record = new EpochRecord(3, 12.5, phase(0.7), phase(0.8), phase(0.9), memory);
        String json = Mappers.json().writeValueAsString(record);
        JsonNode tree = Mappers.json().readTree(json);
        assertThat(tree.at("/memory/rss_bytes").asLong()).isEqualTo(900_000_000L);
        assertThat(tree.at("/memory/live_ndarrays").asInt()).isEqualTo(42);
        EpochRecord read = Mappers.json().readValue(json, EpochRecord.class);
        assertThat(read.memory()).isEqualTo(memory);
        assertThat(read.epoch()).isEqualTo(3);
    }

    @Test
    void anUnknownRssIsLeftOutAndReadsBackAsUnknown() throws Exception {
        MemorySample memory = new MemorySample(null, 1L, 2L, 3L, 4, 5L);
        String json = Mappers.json().writeValueAsString(new EpochRecord(1, 1, phase(1), phase(1), phase(1), memory));
        assertThat(Mappers.json().readTree(json).at("/memory").has("rss_bytes")).isFalse();
        assertThat(Mappers.json().readValue(json, EpochRecord.class).memory().rssBytes()).isNull();
    }

    @Test
    void aRecordWrittenBeforeMemoryWasRecordedStillReads() throws Exception {
        String older = """
                {"epoch": 1, "elapsed_seconds": 3.5,
                 "train": {"loss": 0.9, "AI": {"accuracy": 0.4}, "timing": {"total_time": 3.0, "avg_batch_time": 0.1}},
                 "validation": {"loss": 0.8, "AI": {"accuracy": 0.5}, "timing": {"total_time": 0.5, "avg_batch_time": 0.1}},
                 "test": {"loss": 0.8, "AI": {"accuracy": 0.5}, "timing": {"total_time": 0.5, "avg_batch_time": 0.1}}}
                """;
        EpochRecord read = Mappers.json().readValue(older, EpochRecord.class);
        assertThat(read.memory()).isNull();
        assertThat(read.validation().metric("AI", "accuracy")).isEqualTo(0.5);
        assertThat(Mappers.json().readTree(Mappers.json().writeValueAsString(read)).has("memory")).isFalse();
    }
}

package io.latefusion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.latefusion.experiment.Mappers;
import io.latefusion.experiment.NativeLeak;
import io.latefusion.testing.Fixtures;
import io.latefusion.testing.ResultFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoakCommandTest {

    private static String[] soak(Path out, String... extra) {
        List<String> all = new ArrayList<>(List.of("soak", "--out", out.toString(), "--epochs", "4"));
        Fixtures.TINY_CELL.forEach(set -> all.addAll(List.of("--set", set)));
        all.addAll(List.of(extra));
        return all.toArray(String[]::new);
    }

    private static JsonNode soakJson(Path out) throws Exception {
        List<Path> runs = ResultFiles.folders(out);
        assertThat(runs).hasSize(1);
        return Mappers.json().readTree(runs.get(0).resolve("soak.json").toFile());
    }

    @Test
    void aSoakOfTheQuickConfigWritesOneEntryPerEpochAndPasses(@TempDir Path out) throws Exception {
        CliRun run = CliRun.of(soak(out, "--max-growth", "0.20"));
        assertThat(run.code()).as("stdout:%n%s%nstderr:%n%s", run.stdout(), run.stderr()).isZero();
        assertThat(run.stdout()).contains("[soak] epoch 4/4").contains("RSS growth epoch 2 → 4");
        JsonNode soak = soakJson(out);
        assertThat(soak.get("epochs")).hasSize(4);
        for (int i = 0; i < 4; i++) {
            JsonNode epoch = soak.get("epochs").get(i);
            assertThat(epoch.get("epoch").asInt()).isEqualTo(i + 1);
            assertThat(epoch.at("/memory/rss_bytes").asLong()).isPositive();
            assertThat(epoch.at("/memory/heap_used_bytes").asLong()).isPositive();
            assertThat(epoch.at("/memory/live_ndarrays").asInt()).isPositive();
        }
        assertThat(soak.get("config").asText()).isEqualTo("configs/avmnist-quick.yaml");
        assertThat(soak.get("variant").asText()).isEqualTo("scratch");
        assertThat(soak.get("seed").asLong()).isEqualTo(42);
        assertThat(soak.get("passed").asBoolean()).isTrue();
        assertThat(soak.get("rss_growth").isNumber()).isTrue();
        assertThat(soak.get("environment").isObject()).isTrue();
    }

    @Test
    void aNativeLeakMakesTheSoakFailNamingTheGrowth(@TempDir Path out) throws Exception {
        // 256 MB kept per epoch: epoch 4 holds 512 MB more than epoch 2
        System.setProperty(NativeLeak.PROPERTY, String.valueOf(256L << 20));
        CliRun run;
        try {
            run = CliRun.of(soak(out, "--max-growth", "0.20"));
        } finally {
            System.clearProperty(NativeLeak.PROPERTY);
        }
        assertThat(run.code()).as("stdout:%n%s", run.stdout()).isEqualTo(1);
        assertThat(run.stderr()).contains("error: RSS grew").contains("from epoch 2 to 4")
                .contains("more than --max-growth 0.2");
        JsonNode soak = soakJson(out);
        assertThat(soak.get("passed").asBoolean()).isFalse();
        assertThat(soak.get("leak_per_epoch_bytes").asLong()).isEqualTo(256L << 20);
        assertThat(soak.get("rss_growth").asDouble()).isGreaterThan(0.20);
    }

    @Test
    void tooFewEpochsAreRefused(@TempDir Path out) {
        CliRun.of("soak", "--out", out.toString(), "--epochs", "2").assertBadInput("--epochs 2", "≥ 3");
    }

    @Test
    void aBadLeakSizeIsRefused(@TempDir Path out) throws Exception {
        System.setProperty(NativeLeak.PROPERTY, "lots");
        try {
            CliRun.of(soak(out)).assertBadInput("-Dlatefusion.fault.leak-per-epoch=lots", "bytes");
            assertThat(ResultFiles.folders(out)).as("no run folder for bad input").isEmpty();
        } finally {
            System.clearProperty(NativeLeak.PROPERTY);
        }
    }
}

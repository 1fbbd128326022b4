package io.latefusion.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentTest {

    @Test
    void theAllocatorSettingsNameTheUsualVariablesAlwaysAndAnyOtherMallocVariableWhenSet() {
        Map<String, String> settings = Environment.allocator(Map.of(
                "MALLOC_MMAP_THRESHOLD_", "1000000000", "MALLOC_TRIM_THRESHOLD_", "1000000000", "PATH", "/bin"));

        assertThat(settings).containsExactly(
                Map.entry("MALLOC_ARENA_MAX", "unset"),
                Map.entry("MALLOC_TRIM_THRESHOLD_", "1000000000"),
                Map.entry("LD_PRELOAD", "unset"),
                Map.entry("MALLOC_MMAP_THRESHOLD_", "1000000000"));
    }

    @Test
    void theDescriptionRecordsTheMachineTheEngineAndTheirSettings() {
        Map<String, String> env = Environment.describe();

        assertThat(env).containsKeys("java", "os", "cpu", "cpus", "memory", "engine", "djl", "torch_threads",
                "torch_interop_threads", "MALLOC_ARENA_MAX", "MALLOC_TRIM_THRESHOLD_", "LD_PRELOAD", "git_commit");
        assertThat(env.get("cpus")).isEqualTo(String.valueOf(Runtime.getRuntime().availableProcessors()));
        assertThat(env.get("memory")).matches("\\d+ kB|unknown");
    }
}

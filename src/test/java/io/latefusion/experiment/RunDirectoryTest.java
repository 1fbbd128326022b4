package io.latefusion.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {

    @Test
    void runsStartedTogetherNeverShareAFolder(@TempDir Path root) {
        Set<Path> paths = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            RunDirectory run = RunDirectory.create(root, "avmnist quick/1");
            assertThat(run.path()).isDirectory();
            assertThat(run.id()).contains("avmnist_quick_1").doesNotContain("/");
            paths.add(run.path());
        }
        assertThat(paths).hasSize(20);
    }

    @Test
    void atomicWritesReplaceWholeFilesAndLeaveNoTemporaryFiles(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("sub").resolve("result.json");
        AtomicFiles.write(target, "first");
        AtomicFiles.writeJson(target, java.util.Map.of("epoch", 2));
        assertThat(Files.readString(target)).contains("\"epoch\" : 2");
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }
}

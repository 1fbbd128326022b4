package io.latefusion.data.mosi;

import static org.assertj.core.api.Assertions.assertThat;

import io.latefusion.cli.CliRun;
import io.latefusion.data.format.PickleBytes;
import io.latefusion.testing.ResultFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bad-pickle corpus (MMSA MOSI) through the real command line: exit 2, one line naming the file
 * and what was expected, no result folder, and a pickle that would run a command runs nothing.
 */
class BadPickleCorpusTest {

    @TempDir
    Path dir;

    private CliRun run(Path pickle) {
        return CliRun.of("experiment", "configs/mosi-quick.yaml", "--out", dir.resolve("results").toString(),
                "--set", "data.layout=mmsa", "--set", "data.path=" + pickle);
    }

    private void assertRefused(Path pickle, String... fragments) throws Exception {
        run(pickle).assertBadInput(fragments);
        assertThat(ResultFiles.folders(dir.resolve("results"))).isEmpty();
    }

    private Path write(byte[] bytes) throws Exception {
        return Files.write(dir.resolve("aligned_50.pkl"), bytes);
    }

    @Test
    void truncatedPickle() throws Exception {
        byte[] valid = MmsaMosiLoaderTest.aligned(4, "numpy.core", false).toBytes();
        Path file = write(Arrays.copyOf(valid, valid.length * 2 / 3));
        assertRefused(file, "aligned_50.pkl is truncated", "expected a complete pickle");
    }

    /** A pickle calling {@code module.name(argument)}, as Python's {@code __reduce__} exploits write it. */
    @ParameterizedTest(name = "protocol {0}: {1}.{2}")
    @CsvSource({"2, os, system", "4, os, system", "2, posix, system", "4, subprocess, Popen", "2, builtins, eval",
        "4, builtins, exec", "2, numpy.ctypeslib, load_library"})
    void aPickleThatWouldRunACommandIsRefusedAndRunsNothing(int protocol, String module, String name)
            throws Exception {
        Path marker = dir.resolve("marker");
        String command = "touch " + marker;
        String argument = module.equals("builtins") ? "__import__('os').system('" + command + "')" : command;
        Path file = write(new PickleBytes().proto(protocol).global(module, name).mark().str(argument).tuple().reduce()
                .stop().toByteArray());
        assertRefused(file, "aligned_50.pkl", "Python global " + module + "." + name, "refused, not called");
        assertThat(marker).doesNotExist();
    }

    @Test
    void nanInTheFeatures() throws Exception {
        MosiPickles pickle = MmsaMosiLoaderTest.aligned(2, "numpy.core", false);
        double[] vision = new double[5 * 6 * 3];
        vision[2 * 18 + 4] = Double.NaN;
        pickle.put("test", "vision", MosiPickles.floats(vision, 5, 6, 3));
        Path file = write(pickle.toBytes());
        assertRefused(file, "aligned_50.pkl: test split, video input: sample 2 holds NaN at value 4",
                "expected finite numbers");
    }
}

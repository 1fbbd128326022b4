package io.latefusion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.latefusion.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A results folder that cannot be written — read-only (by permission bits, which root ignores, or a
 * read-only mount), under a file, on a disk that fills up — is one line
 * naming the path and the operating system's reason, exit 2, and no run folder with a summary.
 */
class OutputFailuresTest {

    private record Outcome(int code, String err) {
    }

    private static Outcome experiment(Path out) {
        List<String> args = new ArrayList<>(List.of("experiment", "configs/avmnist-quick.yaml", "--out", out.toString()));
        Fixtures.TINY_CELL.forEach(s -> args.addAll(List.of("--set", s)));
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true));
            return new Outcome(Main.execute(args.toArray(String[]::new)), captured.toString());
        } finally {
            System.setErr(err);
        }
    }

    private static void assertNoSummary(Path out) throws Exception {
        if (Files.isDirectory(out)) {
            try (Stream<Path> walk = Files.walk(out)) {
                assertThat(walk.filter(p -> p.getFileName().toString().equals("summary.json"))).isEmpty();
            }
        }
    }

    @Test
    void aResultsFolderUnderAFileIsOneLineAndExit2(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "not a folder");
        Path out = file.resolve("results");

        Outcome under = experiment(out);
        Outcome itself = experiment(file);

        assertThat(under.code()).isEqualTo(2);
        assertThat(under.err()).isEqualTo("error: cannot write " + out + ": Not a directory\n");
        assertThat(itself.code()).isEqualTo(2);
        assertThat(itself.err()).isEqualTo("error: cannot write " + file + ": Not a directory (" + file + " is a file)\n");
    }

    @Test
    void aReadOnlyResultsFolderIsOneLineAndExit2(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectory(dir.resolve("results"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(out), "permission bits do not bind this user (root)");
            Outcome outcome = experiment(out);
            assertThat(outcome.code()).isEqualTo(2);
            assertThat(outcome.err()).startsWith("error: cannot write " + out).endsWith(": Permission denied\n")
                    .hasLineCount(1);
            assertNoSummary(out);
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aReadOnlyFileSystemIsOneLineAndExit2EvenForRoot(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectory(dir.resolve("read-only"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", out.toString()) == 0,
                "cannot mount a tmpfs here (needs root)");
        try {
            Outcome outcome = experiment(out);

            assertThat(outcome.code()).isEqualTo(2);
            assertThat(outcome.err()).startsWith("error: cannot write " + out).endsWith(": Read-only file system\n")
                    .hasLineCount(1);
            assertNoSummary(out);
        } finally {
            run("umount", out.toString());
        }
    }

    @Test
    void aDiskThatFillsUpMidRunIsOneLineAndExit2AndLeavesNoSummary(@TempDir Path dir) throws Exception {
        // 16 KiB of tmpfs: room for the run folder and its first files, not for a whole run
        Path out = Files.createDirectory(dir.resolve("small-disk"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", out.toString()) == 0,
                "cannot mount a tmpfs here (needs root)");
        try {
            Outcome outcome = experiment(out);

            assertThat(outcome.code()).isEqualTo(2);
            assertThat(outcome.err()).startsWith("error: cannot write " + out + "/")
                    .endsWith(": No space left on device\n").hasLineCount(1);
            assertNoSummary(out);
        } finally {
            run("umount", out.toString());
        }
    }

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return p.waitFor();
    }
}

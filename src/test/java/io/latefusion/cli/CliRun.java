package io.latefusion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.latefusion.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One run of the real command line ({@link Main#execute}): its exit code and what it printed on stdout and stderr. */
public record CliRun(int code, String stdout, String stderr) {

    /** Runs {@code args} through {@link Main#execute}, capturing stdout and stderr. */
    public static CliRun of(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = Main.execute(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new CliRun(code, printed.toString(StandardCharsets.UTF_8), captured.toString(StandardCharsets.UTF_8));
    }

    /** {@code experiment CONFIG --out OUT}, the tiny cell settings, then {@code extra}. */
    public static String[] experiment(Path out, String config, String... extra) {
        List<String> all = new ArrayList<>(List.of("experiment", config, "--out", out.toString()));
        Fixtures.TINY_CELL.forEach(set -> all.addAll(List.of("--set", set)));
        all.addAll(List.of(extra));
        return all.toArray(String[]::new);
    }

    /**
     * Asserts the bad-input contract: exit code 2 and exactly one stderr line, {@code error: ...}, holding
     * every fragment and no stack trace; returns that line.
     */
    public String assertBadInput(String... fragments) {
        List<String> lines = stderr.lines().toList();
        assertThat(code).as("exit code; stderr:%n%s", stderr).isEqualTo(2);
        assertThat(lines).as("stderr").hasSize(1);
        String line = lines.get(0);
        assertThat(line).startsWith("error: ").doesNotContain("\tat ");
        assertThat(line).contains(fragments);
        return line;
    }
}

package io.latefusion.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.latefusion.experiment.Mappers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Checks over a whole results folder, for the crash and concurrency tests. */
public final class ResultFiles {

    private ResultFiles() {
    }

    /**
     * The folders directly under {@code dir} (a results root, a grid's cells/), sorted by name; none when
     * it does not exist. Hidden entries are left out: {@code .locks/} holds lock files, not a run.
     */
    public static List<Path> folders(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
                    .toList();
        }
    }

    /** Every {@code *.json} file under {@code root} (temporary {@code .*.tmp} files are not results). */
    public static List<Path> json(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    /** The {@code *.json} files under {@code root} that are not whole JSON documents, each with why. */
    public static List<String> unparsable(Path root) throws IOException {
        List<String> bad = new ArrayList<>();
        for (Path file : json(root)) {
            try {
                JsonNode node = Mappers.json().readTree(file.toFile());
                if (node == null || node.isMissingNode()) {
                    bad.add(file + ": empty");
                }
            } catch (IOException e) {
                bad.add(file + ": " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        return bad;
    }
}

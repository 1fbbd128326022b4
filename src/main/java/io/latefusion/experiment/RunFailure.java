package io.latefusion.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code failed.json}: why a run stopped after its folder was made — the error's message, the phase it
 * stopped in and when. A folder is complete only with a {@code summary.json}; one with this file and
 * none is a failed run, which a resumed grid runs again and a report lists as failed.
 */
public record RunFailure(String message, String error, String phase, String time) {

    /** The file's name in a run folder. */
    public static final String FILE = "failed.json";

    /** Records {@code error}, raised in {@code phase}, in {@code folder}'s {@code failed.json} (atomically). */
    static void record(Path folder, String phase, Throwable error) {
        AtomicFiles.writeJson(folder.resolve(FILE), new RunFailure(ErrorLine.of(error), error.getClass().getSimpleName(),
                phase, Instant.now().toString()));
    }

    /** The failure recorded in {@code folder}, if it holds a readable {@code failed.json}. */
    public static Optional<RunFailure> of(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Mappers.json().readValue(file.toFile(), RunFailure.class));
        } catch (IOException e) {
            return Optional.of(new RunFailure(file + " is unreadable (" + e.getMessage().lines().findFirst().orElse("")
                    + ")", e.getClass().getSimpleName(), "unknown", null));
        }
    }
}

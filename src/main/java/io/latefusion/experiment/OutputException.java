package io.latefusion.experiment;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * A results file or folder that cannot be written (read-only folder, full disk, a file where a folder
 * should be): the one-line message names the path and the operating system's reason, e.g.
 * {@code cannot write results/x/config.yaml: No space left on device}.
 */
public class OutputException extends RuntimeException {

    public OutputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The failure to write {@code target}, with the reason {@code e} gives. */
    public static OutputException of(Path target, IOException e) {
        return new OutputException("cannot write " + target + ": " + reason(e), e);
    }

    /** The reason in the operating system's words, as {@code strerror} puts it. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "Not a directory";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() != null && Files.isRegularFile(Path.of(f.getFile()))
                    ? "Not a directory (" + f.getFile() + " is a file)" : "File exists";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

package io.latefusion.parity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Small executable stand-ins for a Python interpreter, written by the tests. */
final class FakePython {

    private FakePython() {
    }

    /**
     * An interpreter that imports torch, lists {@code cellsJson} for {@code --list} and prints
     * {@code resultJson} for a measurement.
     */
    static Path withTorch(Path dir, String cellsJson, String resultJson) throws IOException {
        Files.writeString(dir.resolve("cells.json"), cellsJson);
        Files.writeString(dir.resolve("result.json"), resultJson);
        return script(dir, "python-with-torch", String.join("\n",
                "#!/bin/sh",
                "if [ \"$1\" = -c ]; then exit 0; fi",
                "if [ \"$2\" = --list ]; then cat '" + dir.resolve("cells.json") + "'; exit 0; fi",
                "cat '" + dir.resolve("result.json") + "'", ""));
    }

    /** An interpreter whose {@code import torch} fails, as a python3 without python3-torch. */
    static Path withoutTorch(Path dir) throws IOException {
        return script(dir, "python-without-torch", String.join("\n",
                "#!/bin/sh",
                "echo \"ModuleNotFoundError: No module named 'torch'\" >&2",
                "exit 1", ""));
    }

    private static Path script(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}

package io.latefusion.experiment;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * A new, never-reused folder for one run: {@code <root>/<yyyyMMdd-HHmmss>-<name>-<random>}. It is
 * created atomically, so two runs started at the same second never share or overwrite one.
 */
public record RunDirectory(String id, Path path) {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Creates the folder {@code root/name}, which must not exist yet (a grid cell's folder). */
    public static RunDirectory named(Path root, String name) {
        try {
            Files.createDirectories(root);
            return new RunDirectory(name, Files.createDirectory(root.resolve(name)));
        } catch (IOException e) {
            throw OutputException.of(root.resolve(name), e);
        }
    }

    /** Creates a fresh run folder under {@code root}. */
    public static RunDirectory create(Path root, String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        try {
            Files.createDirectories(root);
            while (true) {
                byte[] suffix = new byte[3];
                RANDOM.nextBytes(suffix);
                String id = LocalDateTime.now().format(STAMP) + "-" + safe + "-" + HexFormat.of().formatHex(suffix);
                Path dir = root.resolve(id);
                try {
                    Files.createDirectory(dir);
                    return new RunDirectory(id, dir);
                } catch (FileAlreadyExistsException e) {
                    // another run took this id in the same second: draw another suffix
                }
            }
        } catch (IOException e) {
            throw OutputException.of(root, e);
        }
    }
}

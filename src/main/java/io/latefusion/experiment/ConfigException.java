package io.latefusion.experiment;

/** A config that cannot be used; the one-line message names the file, the key and what was expected. */
public class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}

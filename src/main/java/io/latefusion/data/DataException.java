package io.latefusion.data;

/**
 * Input data that cannot be used as it is: a missing or truncated file, a foreign format, a wrong
 * shape. The message names the file (or key) and what was expected, in one line, so the CLI can
 * print it as it is and exit non-zero.
 */
public class DataException extends RuntimeException {

    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}

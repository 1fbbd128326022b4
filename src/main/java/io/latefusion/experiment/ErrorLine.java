package io.latefusion.experiment;

/** An error's message as one line: what the command line prints after {@code error: } and failed.json keeps. */
public final class ErrorLine {

    private ErrorLine() {
    }

    /** The message of {@code error} (its class and message when it has none) with every line break and the blanks around it made one space. */
    public static String of(Throwable error) {
        String message = error.getMessage() == null ? error.toString() : error.getMessage();
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}

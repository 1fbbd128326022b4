package io.latefusion.cli;

/**
 * Process-wide settings that must precede the first use of the engine: offline mode (no
 * telemetry, no downloads). Values the user passed with -D are kept; logging levels live in
 * {@code simplelogger.properties}.
 */
final class EngineSetup {

    private EngineSetup() {
    }

    static void apply() {
        setIfAbsent("ai.djl.offline", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}

package io.latefusion.cli;

/**
 * Process-wide settings that must precede the first use of the engine: offline mode (no
 * telemetry, no downloads) and quiet logging. Values the user passed with -D are kept.
 */
final class EngineSetup {

    private EngineSetup() {
    }

    static void apply() {
        setIfAbsent("ai.djl.offline", "true");
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        setIfAbsent("org.slf4j.simpleLogger.log.ai.djl.util.cuda.CudaUtils", "error");
        setIfAbsent("org.slf4j.simpleLogger.log.io.jhdf", "warn");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}

/** The command line of {@code benchmarks.jar} (picocli). */
package io.latefusion.cli;

package io.github.fpkit.examples.cli;

/**
 * The exit statuses of the {@code fp} tool, as documented in every {@code --help}:
 * {@value #SUCCESS} success, {@value #DATA_ERROR} the data has errors or the computation
 * failed on data, {@value #USAGE_OR_IO_ERROR} a usage or I/O error.
 */
public final class ExitStatus {
    /** The command did what was asked. */
    public static final int SUCCESS = 0;
    /** The register has errors ({@code fp validate}) or cannot be computed on (unreadable bytes, a missing column, a bad row in strict mode). */
    public static final int DATA_ERROR = 1;
    /** Bad options or arguments, a missing folder, an unknown encoding name, or an I/O failure. */
    public static final int USAGE_OR_IO_ERROR = 2;

    private ExitStatus() {
    }
}

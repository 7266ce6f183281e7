package io.github.fpkit.examples.cli;

import picocli.CommandLine.Option;

/**
 * The option every subcommand has. Each declares its own {@code --quiet}, whose help says
 * what that command would otherwise print on stderr ({@link #QUIET_READING} for those that
 * read a register).
 */
final class RunOptions {
    /** The {@code --quiet} help of the commands that read a register and compute on it. */
    static final String QUIET_READING = "Print no progress line on stderr, and no line on crude rates that missing population "
            + "rows leave undefined.";

    @Option(names = "--debug", description = "Print the stack trace of an error.")
    boolean debug;
}

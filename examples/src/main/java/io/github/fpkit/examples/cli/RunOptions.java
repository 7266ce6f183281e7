package io.github.fpkit.examples.cli;

import picocli.CommandLine.Option;

/** The options every subcommand has: how much it says on stderr. */
final class RunOptions {
    @Option(names = "--quiet", description = "Print no progress line on stderr, and no line on crude rates left undefined by missing population rows.")
    boolean quiet;

    @Option(names = "--debug", description = "Print the stack trace of an error.")
    boolean debug;
}

package io.github.fpkit.examples.cli;

import picocli.CommandLine.Option;

/** {@code --wide}: how wide the tables of a command may be. */
final class TableWidth {
    @Option(names = "--wide", description = "Print tables one line a row, as wide as their longest cells; without it they fit "
            + "120 columns, long names and messages wrapped.")
    boolean wide;

    /** @return {@code " --wide"} if it was given, else {@code ""}: for commands that show a command line */
    String asOption() {
        return wide ? " --wide" : "";
    }

    /** @return the most terminal columns a line of a table may take */
    int columns() {
        return wide ? TextTable.UNLIMITED : TextTable.DEFAULT_WIDTH;
    }
}

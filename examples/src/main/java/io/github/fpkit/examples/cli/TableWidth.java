/*
 * Copyright 2026 the fpkit authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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

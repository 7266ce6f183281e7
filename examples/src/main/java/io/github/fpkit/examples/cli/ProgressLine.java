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

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A progress line on stderr for reads that take longer than {@link #DELAY_NANOS}: the file
 * being read and the rows read so far, rewritten in place, then erased. Shown only when
 * stderr is a terminal and {@code --quiet} is not given, so that scripts and logs never
 * see it. Rows are counted cheaply; the clock is looked at once per {@value #ROWS_PER_LOOK} rows.
 */
final class ProgressLine {
    /** Reads shorter than this (two seconds) show no progress at all. */
    static final long DELAY_NANOS = 2_000_000_000L;
    /** The line is rewritten at most this often (a quarter second). */
    static final long INTERVAL_NANOS = 250_000_000L;
    static final int ROWS_PER_LOOK = 1024;

    private final PrintWriter err;
    private final boolean enabled;
    private final LongSupplier clock;
    private final long started;
    private long lastShown;
    private long rows;
    private int width;

    ProgressLine(PrintWriter err, boolean enabled, LongSupplier clock) {
        this.err = err;
        this.enabled = enabled;
        this.clock = clock;
        this.started = clock.getAsLong();
        this.lastShown = started;
    }

    /**
     * @param err stderr
     * @param quiet true if {@code --quiet} was given
     * @return a progress line that shows only if stderr is a terminal and not quiet
     */
    static ProgressLine onTerminal(PrintWriter err, boolean quiet) {
        return new ProgressLine(err, !quiet && System.console() != null, System::nanoTime);
    }

    /** Counts one row read from a file. */
    void row(String file) {
        rows++;
        if (!enabled || rows % ROWS_PER_LOOK != 0) {
            return;
        }
        long now = clock.getAsLong();
        if (now - started >= DELAY_NANOS && now - lastShown >= INTERVAL_NANOS) {
            lastShown = now;
            String line = String.format(java.util.Locale.ROOT, "reading %s: %,d rows", file, rows);
            err.print("\r" + DisplayWidth.padRight(line, width));
            err.flush();
            width = Math.max(width, DisplayWidth.of(line));
        }
    }

    /** Erases the line if it was shown. */
    void done() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }
}

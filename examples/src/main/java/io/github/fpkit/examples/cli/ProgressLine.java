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
import java.util.function.Supplier;

/**
 * A progress line on stderr for work that takes longer than {@link #DELAY_NANOS}, rewritten
 * in place at most every {@link #INTERVAL_NANOS}, then erased. Shown only when stderr is a
 * terminal and {@code --quiet} is not given, so that scripts and logs never see it. Callers
 * report every so often ({@link #ROWS_PER_REPORT} rows, say), not on every row: the clock is
 * looked at once a report. Thread-safe: the threads of a parallel read share one line.
 */
final class ProgressLine {
    /** Work shorter than this (two seconds) shows no progress at all. */
    static final long DELAY_NANOS = 2_000_000_000L;
    /** The line is rewritten at most this often (a quarter second). */
    static final long INTERVAL_NANOS = 250_000_000L;
    /** How many rows a counter lets pass between two reports. */
    static final int ROWS_PER_REPORT = 1024;

    private final PrintWriter err;
    private final boolean enabled;
    private final LongSupplier clock;
    private final long started;
    private long lastShown;
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

    /**
     * Shows the text if the work has lasted long enough and the line was not rewritten too recently.
     *
     * @param text what to show, made only if it is shown
     */
    synchronized void report(Supplier<String> text) {
        if (!enabled) {
            return;
        }
        long now = clock.getAsLong();
        if (now - started >= DELAY_NANOS && now - lastShown >= INTERVAL_NANOS) {
            lastShown = now;
            String line = text.get();
            err.print("\r" + DisplayWidth.padRight(line, width));
            err.flush();
            width = Math.max(width, DisplayWidth.of(line));
        }
    }

    /** Erases the line if it was shown. */
    synchronized void done() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }
}

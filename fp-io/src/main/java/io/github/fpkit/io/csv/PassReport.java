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
package io.github.fpkit.io.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The report of one pass over a file (or over one part of it): the rows read and accepted,
 * the row errors and the warnings, handed once to its owner when the pass ends (end of
 * file, or the error that stopped it). Used by one thread at a time.
 */
final class PassReport {
    private final Consumer<PassReport> onEnd;
    private final List<RowError> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private long read;
    private long accepted;
    private boolean ended;
    private boolean stopped;

    PassReport(Consumer<PassReport> onEnd) {
        this.onEnd = onEnd;
    }

    /** Counts a row read from the file, before it is accepted or rejected. */
    void read() {
        read++;
    }

    void accept() {
        accepted++;
    }

    void reject(RowError error) {
        errors.add(error);
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    /** Ends the pass at an error that stops the reading of the file. */
    void stop() {
        stopped = true;
        end();
    }

    /** @return true if the pass ended at an error rather than at the end of its file */
    boolean stopped() {
        return stopped;
    }

    void end() {
        if (!ended) {
            ended = true;
            onEnd.accept(this);
        }
    }

    /** Adds another pass's counts and row errors (after this pass's own). */
    void absorb(PassReport other) {
        read += other.read;
        accepted += other.accepted;
        errors.addAll(other.errors);
    }

    /**
     * @return the counts; the rows read, counted independently as they are read, are
     *         checked to equal the rows accepted plus the rows rejected
     * @throws IllegalStateException (a bug) if a row read was neither accepted nor rejected
     */
    RowCounts counts() {
        if (read != accepted + errors.size()) {
            throw new IllegalStateException("bug: " + read + " rows read but " + accepted + " accepted and "
                    + errors.size() + " rejected");
        }
        return RowCounts.of(accepted, errors.size());
    }

    List<RowError> errors() {
        return errors;
    }

    List<String> warnings() {
        return warnings;
    }
}

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

import io.github.fpkit.model.register.RowCounts;
import io.github.fpkit.model.register.RecordKey;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The report of one pass over a file (or over one part of it): the rows read and accepted,
 * the row errors and the warnings, handed once to its owner when the pass ends (end of
 * file, or the error that stopped it). In a table with a {@link RecordKey}, it also keeps
 * the keys read (see {@link FirstRows}) until the pass ends, so that a row repeating an
 * earlier row's key is rejected. Used by one thread at a time.
 */
final class PassReport {
    private final Consumer<PassReport> onEnd;
    private final List<RowError> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private long read;
    private long accepted;
    private long duplicates;
    /** The key of the table's rows, or null if its rows have none. */
    private RecordKey key;
    /** The keys read so far while the pass runs, else null. */
    private FirstRows keys;
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

    /** Rejects a row whose key an earlier row of the table has. */
    void rejectDuplicate(RowError error) {
        duplicates++;
        errors.add(error);
    }

    /** Makes this pass keep the keys of the rows it accepts; a pass over a whole table only. */
    void checkKeys(RecordKey key) {
        this.key = key;
        this.keys = new FirstRows();
    }

    /** @return the key of the table's rows if this pass checks them, else null */
    RecordKey key() {
        return key;
    }

    /**
     * @param keyValue the key of a row about to be accepted, not null
     * @param line the line the row starts on
     * @return {@link FirstRows#NEW} if no earlier row has the key (the key is kept), else the line of the first row that has it
     */
    long firstLineOf(String keyValue, long line) {
        return keys.add(keyValue, line);
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
            keys = null;
            onEnd.accept(this);
        }
    }

    /** Adds another pass's counts and row errors (after this pass's own). */
    void absorb(PassReport other) {
        read += other.read;
        accepted += other.accepted;
        duplicates += other.duplicates;
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
        return RowCounts.of(accepted, errors.size(), duplicates);
    }

    List<RowError> errors() {
        return errors;
    }

    List<String> warnings() {
        return warnings;
    }
}

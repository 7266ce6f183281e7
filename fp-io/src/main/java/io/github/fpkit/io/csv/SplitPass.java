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

import io.github.fpkit.model.register.RecordKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * One pass over one table split into parts (byte ranges, see {@link TableSpliterator})
 * that different threads may read, or left in one part: it hands
 * its owner one {@link PassReport} for the whole file — the parts' counts added and their row
 * errors in file order — once every part has ended, and nothing if a part was closed
 * before its end. A file read in one part that stops at an error reports the rows
 * before the error; a file cut into parts reports nothing then, because the other parts
 * were read (or abandoned) concurrently and no count would match a sequential pass. It
 * also closes every part's file when the stream is closed. A table with a {@link RecordKey}
 * is read in one part, in file order, so that the first row of a key is the first in the
 * file and no later row with that key is ever handed on. Thread-safe.
 */
final class SplitPass {
    private final Consumer<PassReport> onEnd;
    /** The key of the table's rows, or null if they have none. */
    private final RecordKey key;
    /** The report of each part, by the offset the part starts at; null until the part is opened. */
    private final Map<Long, PassReport> parts = new TreeMap<>();
    private final List<TableReader<?, ?>> readers = new ArrayList<>();
    private int ended;
    private boolean reported;
    private boolean closed;

    /**
     * @param onEnd takes the report of the whole file
     * @param key the key of the table's rows, or null if they have none
     */
    SplitPass(Consumer<PassReport> onEnd, RecordKey key) {
        this.onEnd = onEnd;
        this.key = key;
    }

    /** @return true if the table may be cut into parts: only a table whose rows have no key */
    boolean splittable() {
        return key == null;
    }

    /** Announces a part, before any part is read to its end. */
    synchronized void expect(long from) {
        parts.put(from, null);
    }

    /** @return the report of the part starting at {@code from}, which was announced */
    synchronized PassReport open(long from) {
        PassReport pass = new PassReport(this::partEnded);
        if (key != null) {
            pass.checkKeys(key);
        }
        parts.put(from, pass);
        return pass;
    }

    /** Registers a part's reader, to be closed with the stream; closes it at once if the stream is closed. */
    synchronized boolean register(TableReader<?, ?> reader) {
        if (closed) {
            reader.close();
            return false;
        }
        readers.add(reader);
        return true;
    }

    private synchronized void partEnded(PassReport part) {
        ended++;
        if (part.stopped() && parts.size() > 1) {
            reported = true;
        }
        if (reported || ended < parts.size() || parts.containsValue(null)) {
            return;
        }
        reported = true;
        if (parts.size() == 1) {
            onEnd.accept(part);
            return;
        }
        PassReport whole = new PassReport(p -> { });
        parts.values().forEach(whole::absorb);
        onEnd.accept(whole);
    }

    /** Closes every part's file. */
    void close() {
        List<TableReader<?, ?>> open;
        synchronized (this) {
            closed = true;
            open = new ArrayList<>(readers);
        }
        RuntimeException first = null;
        for (TableReader<?, ?> r : open) {
            try {
                r.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}

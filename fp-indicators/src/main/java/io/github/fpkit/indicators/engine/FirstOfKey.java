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
package io.github.fpkit.indicators.engine;

import io.github.fpkit.model.register.RecordKey;
import io.github.fpkit.model.register.RowCounts;
import java.util.HashSet;
import java.util.Set;
import java.util.Spliterator;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * The records of one table of a source that does not drop duplicate keys itself (see
 * {@link io.github.fpkit.model.register.RegisterSource#rejectsDuplicates()}), counted as
 * they pass; in a table with a {@link RecordKey}, only the first record of each key, in the
 * source's order: such a table is not split, and the keys seen are kept for the pass (a
 * source of records holds them all anyway). A table without a key splits as its source
 * does, its parts adding to the same counts.
 *
 * @param <T> the record type
 */
final class FirstOfKey<T> implements Spliterator<T> {
    private final Spliterator<T> records;
    private final RecordKey key;
    private final Set<String> seen;
    private final LongAdder read;
    private final LongAdder dropped;
    private T current;

    private FirstOfKey(Spliterator<T> records, RecordKey key, LongAdder read, LongAdder dropped) {
        this.records = records;
        this.key = key;
        this.seen = key == null ? null : new HashSet<>();
        this.read = read;
        this.dropped = dropped;
    }

    /**
     * @param records the table's records
     * @param key the key of the table's rows, or null if they have none
     * @return the records, counted, and each key's first only
     */
    static <T> FirstOfKey<T> of(Spliterator<T> records, RecordKey key) {
        return new FirstOfKey<>(records, key, new LongAdder(), new LongAdder());
    }

    /** @return the records read (by every part) and the duplicates dropped, so far */
    RowCounts counts() {
        long d = dropped.sum();
        return RowCounts.of(read.sum() - d, d, d);
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        while (records.tryAdvance(this::hold)) {
            T record = current;
            current = null;
            read.increment();
            if (key == null || seen.add(key.of(record))) {
                action.accept(record);
                return true;
            }
            dropped.increment();
        }
        return false;
    }

    private void hold(T record) {
        current = record;
    }

    @Override
    public Spliterator<T> trySplit() {
        if (key != null) {
            return null;
        }
        Spliterator<T> prefix = records.trySplit();
        return prefix == null ? null : new FirstOfKey<>(prefix, null, read, dropped);
    }

    @Override
    public long estimateSize() {
        return records.estimateSize();
    }

    @Override
    public int characteristics() {
        return records.characteristics() & ~(SIZED | SUBSIZED);
    }
}

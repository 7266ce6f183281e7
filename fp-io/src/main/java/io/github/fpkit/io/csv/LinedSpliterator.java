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

import java.util.Spliterator;
import java.util.function.Consumer;

/**
 * The records of a {@link TableSpliterator} paired with the lines their rows start on. It
 * wraps the plain spliterator rather than changing it, so that streams without lines do
 * no work for them; its parts are the wrapped spliterator's parts, each of which knows
 * the line it starts at.
 *
 * @param <T> the record type
 */
final class LinedSpliterator<T> implements Spliterator<LinedRecord<T>> {
    private final TableSpliterator<T> records;

    LinedSpliterator(TableSpliterator<T> records) {
        this.records = records;
    }

    @Override
    public boolean tryAdvance(Consumer<? super LinedRecord<T>> action) {
        return records.tryAdvance(r -> action.accept(new LinedRecord<>(r, records.line())));
    }

    @Override
    public void forEachRemaining(Consumer<? super LinedRecord<T>> action) {
        records.forEachRemaining(r -> action.accept(new LinedRecord<>(r, records.line())));
    }

    @Override
    public Spliterator<LinedRecord<T>> trySplit() {
        TableSpliterator<T> prefix = records.trySplit();
        return prefix == null ? null : new LinedSpliterator<>(prefix);
    }

    @Override
    public long estimateSize() {
        return records.estimateSize();
    }

    @Override
    public int characteristics() {
        return records.characteristics();
    }
}

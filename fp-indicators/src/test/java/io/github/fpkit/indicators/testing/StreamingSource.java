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
package io.github.fpkit.indicators.testing;

import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A {@link io.github.fpkit.model.register.RegisterSource} that is not a {@link Register}: it only hands out fresh
 * streams, records how often each table was opened and whether every stream was closed,
 * can reverse the order of every table's records, and can fail while streaming a table.
 */
public final class StreamingSource extends ForwardingSource {
    private final boolean reversed;
    private final RegisterTable failing;
    private final RuntimeException failure;
    private final Map<RegisterTable, Integer> opened = new EnumMap<>(RegisterTable.class);
    private int open;

    /**
     * @param register the records to stream
     * @param reversed true to stream every table backwards
     */
    public StreamingSource(Register register, boolean reversed) {
        this(register, reversed, null, null);
    }

    /**
     * @param register the records to stream
     * @param reversed true to stream every table backwards
     * @param failing the table whose stream throws {@code failure} after its last record
     * @param failure what it throws
     */
    public StreamingSource(Register register, boolean reversed, RegisterTable failing, RuntimeException failure) {
        super(register);
        this.reversed = reversed;
        this.failing = failing;
        this.failure = failure;
    }

    /** @return how often each table was streamed */
    public Map<RegisterTable, Integer> opened() {
        return Collections.unmodifiableMap(opened);
    }

    /** @return the number of streams opened and not yet closed */
    public int stillOpen() {
        return open;
    }

    @Override
    protected <T> Stream<T> stream(RegisterTable table, Stream<T> records) {
        opened.merge(table, 1, Integer::sum);
        open++;
        List<T> list = new ArrayList<>();
        records.forEach(list::add);
        if (reversed) {
            Collections.reverse(list);
        }
        if (table == failing) {
            // A range, so that the stream can still be cut into parts.
            return IntStream.rangeClosed(0, list.size()).mapToObj(i -> {
                if (i == list.size()) {
                    throw failure;
                }
                return list.get(i);
            }).onClose(() -> open--);
        }
        return list.stream().onClose(() -> open--);
    }
}

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

import io.github.fpkit.model.register.RegisterTable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The lines of a register's records, by table and by the id a {@link
 * io.github.fpkit.model.register.Finding#recordId() finding} names them with: the record's
 * id, an area's code, a population row's area and period, and for the tables without ids
 * (contraception, procedures, health checks) the woman's id, so that one key may name
 * several rows, kept in file order. Not thread-safe: filled by one sequential pass per table.
 */
final class RecordLines {
    private final Map<RegisterTable, Map<String, long[]>> lines = new EnumMap<>(RegisterTable.class);

    /** Notes a record's line; lines of one key must come in file order. */
    void add(RegisterTable table, String key, long line) {
        lines.computeIfAbsent(table, t -> new HashMap<>()).merge(key, new long[] {line}, RecordLines::append);
    }

    private static long[] append(long[] known, long[] more) {
        long[] all = Arrays.copyOf(known, known.length + more.length);
        System.arraycopy(more, 0, all, known.length, more.length);
        return all;
    }

    /**
     * @param occurrence 0 for the first row with the key, 1 for the second, …
     * @return the line of that row; the last row's line if there are fewer; empty if no row has the key
     */
    OptionalLong line(RegisterTable table, String key, int occurrence) {
        long[] found = lines.getOrDefault(table, Map.of()).get(key);
        return found == null ? OptionalLong.empty() : OptionalLong.of(found[Math.min(occurrence, found.length - 1)]);
    }
}

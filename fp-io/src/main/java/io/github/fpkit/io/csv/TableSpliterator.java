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

import io.github.fpkit.io.internal.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Spliterator;
import java.util.function.Consumer;

/**
 * The records of one table file, in file order, that a parallel stream (or any caller
 * of {@link #trySplit()}) can cut into parts read by different threads: a part is a byte
 * range of the file starting at a row (see {@link SplitPoint}), read by its own
 * {@link TableReader} with the header of the file and its own first line number, so that
 * records, row errors and line numbers are those of a single sequential pass. A part is
 * cut only before it is read, only if it is large, and never in strict mode, where the
 * first rejected row must stop the whole pass, nor in a table whose rows have a key (see
 * {@link SplitPass}).
 *
 * @param <T> the record type
 */
final class TableSpliterator<T> implements Spliterator<T> {
    /** Parts smaller than this are not cut (by default): the cut costs a scan of half the part. */
    static final long MIN_SPLIT_BYTES = 8L * 1024 * 1024;

    private final Path path;
    private final Schema<T, ?> schema;
    private final ReadSettings settings;
    private final SplitPass scan;
    private final long to;
    private long from;
    private long firstLine;
    private long headerEnd;
    private TableReader<T, ?> reader;

    TableSpliterator(Path path, Schema<T, ?> schema, ReadSettings settings, SplitPass scan,
            long from, long to, long firstLine, long headerEnd) {
        this.path = path;
        this.schema = schema;
        this.settings = settings;
        this.scan = scan;
        this.from = from;
        this.to = to;
        this.firstLine = firstLine;
        this.headerEnd = headerEnd;
        scan.expect(from);
    }

    private TableReader<T, ?> reader() {
        if (reader == null) {
            PassReport pass = scan.open(from);
            if (from == 0) {
                reader = new TableReader<>(path, schema, settings, pass, 0, to, 1, null, ByteRangeBuffer.DEFAULT_SIZE);
            } else {
                TableReader<T, ?> header = new TableReader<>(path, schema, settings, new PassReport(p -> { }), 0, -1, 1, null,
                        ByteRangeBuffer.HEADER_SIZE);
                try (header) {
                    header.open();
                    reader = new TableReader<>(path, schema, settings, pass, from, to, firstLine, header.header(),
                            ByteRangeBuffer.DEFAULT_SIZE);
                }
            }
            scan.register(reader);
        }
        return reader;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        TableReader<T, ?> r = reader();
        if (!r.hasNext()) {
            return false;
        }
        action.accept(r.next());
        return true;
    }

    @Override
    public void forEachRemaining(Consumer<? super T> action) {
        TableReader<T, ?> r = reader();
        while (r.hasNext()) {
            action.accept(r.next());
        }
    }

    @Override
    public TableSpliterator<T> trySplit() {
        if (reader != null || settings.strict || !scan.splittable() || to - from < settings.minSplitBytes) {
            return null;
        }
        try {
            if (headerEnd < 0) {
                headerEnd = SplitPoint.headerEnd(path);
                if (headerEnd < 0) {
                    return null;
                }
            }
            SplitPoint cut = SplitPoint.find(path, from, to, headerEnd);
            if (cut == null) {
                return null;
            }
            TableSpliterator<T> prefix = new TableSpliterator<>(path, schema, settings, scan, from, cut.offset,
                    firstLine, headerEnd);
            from = cut.offset;
            firstLine += cut.lineFeeds;
            scan.expect(from);
            return prefix;
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }

    /** @return the physical line the row of the record last handed to an action starts on */
    long line() {
        return reader.line();
    }

    /** @return the bytes left to read, as the estimate that parallel streams split by */
    @Override
    public long estimateSize() {
        return Math.max(1, to - from);
    }

    @Override
    public int characteristics() {
        return ORDERED | NONNULL;
    }
}

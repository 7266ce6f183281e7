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

/** The cut {@link SplitPoint} should find, by a plain reading of the bytes that the property tests compare it with. */
final class ByteByByteCut {
    private ByteByByteCut() {
    }

    /**
     * A byte-by-byte reading of RFC 4180 as SplitPoint's javadoc states it, written apart from it.
     *
     * @return the cut's offset and the line feeds before it, or null if there is no row end
     *     at or after the middle before {@code to}, or a lone carriage return comes before it
     */
    static long[] cut(byte[] data, int from, int to, long middle) {
        boolean quoted = false;
        boolean cellStart = true;
        boolean quoteInQuoted = false;
        boolean carriageReturn = false;
        long lineFeeds = 0;
        for (int i = from; i < to; i++) {
            byte b = data[i];
            if (carriageReturn && b != '\n') {
                return null;
            }
            carriageReturn = b == '\r';
            if (b == '\n') {
                lineFeeds++;
            }
            if (quoted) {
                if (b == '"') {
                    quoted = false;
                    quoteInQuoted = true;
                }
                continue;
            }
            if (quoteInQuoted) {
                quoteInQuoted = false;
                if (b == '"') {
                    quoted = true;
                    continue;
                }
            } else if (cellStart && b == '"') {
                quoted = true;
                cellStart = false;
                continue;
            } else if (cellStart && (b == ' ' || b == '\t')) {
                continue;
            }
            cellStart = b == ',' || b == '\n' || (b == '\r' && cellStart);
            if (b == '\n' && i >= middle) {
                return i + 1 < to ? new long[] {i + 1, lineFeeds} : null;
            }
        }
        return null;
    }
}

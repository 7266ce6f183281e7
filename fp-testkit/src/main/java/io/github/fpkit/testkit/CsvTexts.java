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
package io.github.fpkit.testkit;

import static io.github.fpkit.testkit.Draws.between;
import static io.github.fpkit.testkit.Draws.oneOf;

import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of raw CSV text, valid or not, for tokenisers: what the
 * register files may hold before any of it is a record.
 *
 * <pre>{@code
 * qt().forAll(CsvTexts.upTo(40)).checkAssert(text -> ...);
 * }</pre>
 */
public final class CsvTexts {
    private static final String[] CSV_PIECES = {"a", "1", " ", ",", "\"", "\r", "\n", "中"};
    /** Every kind of control character no cell may hold: NUL, the other C0 controls but tab and line ends, DEL. */
    private static final String[] CONTROLS = {"\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u0011", "\u001B", "\u001F",
        "\u007F"};
    /** What garbage is made of: control characters, blanks, separators, letters, digits, Chinese (GBK has it too). */
    private static final String[] GARBAGE_PIECES = {"\u0000", "\u0000\u0000\u0000\u0000", "\u0001", "\u0008", "\u000B", "\u0011",
        "\u001F", "\u007F", "\t", " ", ",", ",,,,", "a", "Z", "7", "-", "=", "'", "村", "第1乡", "中"};

    private CsvTexts() {
    }

    /**
     * @param maxPieces the most pieces, 0 or more
     * @return CSV text, valid or not, over a small alphabet that exercises every rule of
     *     the format: cells, blanks, separators, quotes, the three line ends and a
     *     multi-byte character
     */
    public static Gen<String> upTo(int maxPieces) {
        return in -> {
            StringBuilder b = new StringBuilder();
            int n = between(in, 0, maxPieces);
            for (int i = 0; i < n; i++) {
                b.append(oneOf(in, CSV_PIECES));
            }
            return b.toString();
        };
    }

    /**
     * @return a control character that no cell may hold (below the space but tab and line
     *     ends, or DEL)
     */
    public static Gen<String> controls() {
        return in -> oneOf(in, CONTROLS);
    }

    /**
     * @return one line of what a damaged or foreign file holds, without its line end and
     *     never with a quote: a run of NUL bytes (as a crash leaves), a run of separators
     *     (some far wider than any table), or a mix of control characters, blanks,
     *     separators, letters, digits and Chinese, each valid in UTF-8, GBK and GB18030
     */
    public static Gen<String> garbageLines() {
        return in -> {
            switch (between(in, 0, 2)) {
                case 0:
                    return "\u0000".repeat(between(in, 1, 300));
                case 1:
                    return ",".repeat(between(in, 0, 9) == 0 ? between(in, 1_000, 20_000) : between(in, 0, 40));
                default:
                    StringBuilder b = new StringBuilder();
                    int n = between(in, 1, 30);
                    for (int i = 0; i < n; i++) {
                        b.append(oneOf(in, GARBAGE_PIECES));
                    }
                    return b.toString();
            }
        };
    }
}

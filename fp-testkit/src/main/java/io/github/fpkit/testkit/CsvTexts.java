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
}

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
package io.github.fpkit.synthetic;

/**
 * Consecutive record ids of one table: a letter and a zero-padded number,
 * {@code W0000001}, {@code W0000002}, …; numbers past 9999999 simply get longer, so ids
 * stay unique. Not thread-safe.
 */
final class IdSequence {
    private static final int WIDTH = 7;

    private final char prefix;
    private long next = 1;

    IdSequence(char prefix) {
        this.prefix = prefix;
    }

    /** @return the next id */
    String next() {
        String digits = Long.toString(next++);
        StringBuilder id = new StringBuilder(WIDTH + 1).append(prefix);
        for (int i = digits.length(); i < WIDTH; i++) {
            id.append('0');
        }
        return id.append(digits).toString();
    }
}

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

/**
 * The rows of one file: read = accepted + rejected, always. Blank lines and the header
 * are not rows. Immutable and thread-safe.
 *
 * <pre>{@code
 * RowCounts c = source.counts().get(RegisterTable.WOMEN);
 * c.read() == c.accepted() + c.rejected(); // true
 * }</pre>
 */
public final class RowCounts {
    private static final RowCounts ZERO = new RowCounts(0, 0);

    private final long accepted;
    private final long rejected;

    private RowCounts(long accepted, long rejected) {
        this.accepted = accepted;
        this.rejected = rejected;
    }

    /**
     * @param accepted rows turned into records, 0 or more
     * @param rejected rows reported as row errors, 0 or more
     * @return the counts
     * @throws IllegalArgumentException if a count is negative
     */
    public static RowCounts of(long accepted, long rejected) {
        if (accepted < 0 || rejected < 0) {
            throw new IllegalArgumentException("counts must be 0 or more: accepted " + accepted + ", rejected " + rejected);
        }
        return new RowCounts(accepted, rejected);
    }

    /** @return no rows */
    public static RowCounts zero() {
        return ZERO;
    }

    /** @return the rows read: accepted + rejected */
    public long read() {
        return accepted + rejected;
    }

    /** @return the rows turned into records */
    public long accepted() {
        return accepted;
    }

    /** @return the rows rejected, each reported as a {@link RowError} */
    public long rejected() {
        return rejected;
    }

    /**
     * @param other other counts, not null
     * @return the sum of both
     */
    public RowCounts plus(RowCounts other) {
        return of(accepted + other.accepted, rejected + other.rejected);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowCounts && ((RowCounts) o).accepted == accepted && ((RowCounts) o).rejected == rejected;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accepted) * 31 + Long.hashCode(rejected);
    }

    /** @return for example {@code read 120, accepted 118, rejected 2} */
    @Override
    public String toString() {
        return "read " + read() + ", accepted " + accepted + ", rejected " + rejected;
    }
}

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
package io.github.fpkit.model.register;

/**
 * The rows of one table file: read = accepted + rejected, always; the rejected rows include
 * the {@linkplain #duplicates() repeats of an earlier row's key} (see {@link RecordKey}).
 * Blank lines and the header are not rows. Immutable and thread-safe.
 *
 * <pre>{@code
 * RowCounts c = source.rowCounts(RegisterTable.WOMEN).orElseThrow();
 * c.read() == c.accepted() + c.rejected(); // true
 * c.duplicates() <= c.rejected();          // true
 * }</pre>
 */
public final class RowCounts {
    private static final RowCounts ZERO = new RowCounts(0, 0, 0);

    private final long accepted;
    private final long rejected;
    private final long duplicates;

    private RowCounts(long accepted, long rejected, long duplicates) {
        this.accepted = accepted;
        this.rejected = rejected;
        this.duplicates = duplicates;
    }

    /**
     * @param accepted rows turned into records, 0 or more
     * @param rejected rows rejected, 0 or more
     * @return the counts, no row rejected as a duplicate
     * @throws IllegalArgumentException if a count is negative
     */
    public static RowCounts of(long accepted, long rejected) {
        return of(accepted, rejected, 0);
    }

    /**
     * @param accepted rows turned into records, 0 or more
     * @param rejected rows rejected, 0 or more, the duplicates among them
     * @param duplicates rows rejected because an earlier row has their key, 0 to {@code rejected}
     * @return the counts
     * @throws IllegalArgumentException if a count is negative, or duplicates exceed the rejected rows
     */
    public static RowCounts of(long accepted, long rejected, long duplicates) {
        if (accepted < 0 || rejected < 0 || duplicates < 0) {
            throw new IllegalArgumentException("counts must be 0 or more: accepted " + accepted + ", rejected " + rejected
                    + ", duplicates " + duplicates);
        }
        if (duplicates > rejected) {
            throw new IllegalArgumentException("duplicates (" + duplicates + ") are rejected rows, but only " + rejected
                    + " were rejected");
        }
        return new RowCounts(accepted, rejected, duplicates);
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

    /** @return the rows rejected (each reported as a row error by a file-backed source), duplicates included */
    public long rejected() {
        return rejected;
    }

    /** @return the rejected rows whose key an earlier row of the table has: the first row counts, these do not */
    public long duplicates() {
        return duplicates;
    }

    /**
     * @param other other counts, not null
     * @return the sum of both
     */
    public RowCounts plus(RowCounts other) {
        return of(accepted + other.accepted, rejected + other.rejected, duplicates + other.duplicates);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowCounts && ((RowCounts) o).accepted == accepted && ((RowCounts) o).rejected == rejected
                && ((RowCounts) o).duplicates == duplicates;
    }

    @Override
    public int hashCode() {
        return (Long.hashCode(accepted) * 31 + Long.hashCode(rejected)) * 31 + Long.hashCode(duplicates);
    }

    /** @return for example {@code read 120, accepted 118, rejected 2 (1 duplicate)} */
    @Override
    public String toString() {
        return "read " + read() + ", accepted " + accepted + ", rejected " + rejected
                + (duplicates == 0 ? "" : " (" + duplicates + (duplicates == 1 ? " duplicate)" : " duplicates)"));
    }
}

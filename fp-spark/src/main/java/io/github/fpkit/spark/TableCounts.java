package io.github.fpkit.spark;

import java.io.Serializable;

/**
 * What happened to the rows of one table: every row read was accepted or rejected, none
 * was dropped. Immutable.
 */
public final class TableCounts implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long accepted;
    private final long rejected;

    TableCounts(long accepted, long rejected) {
        this.accepted = accepted;
        this.rejected = rejected;
    }

    /** @return the rows read: accepted + rejected */
    public long read() {
        return accepted + rejected;
    }

    /** @return the rows that became records */
    public long accepted() {
        return accepted;
    }

    /** @return the rows rejected, each in the rejects with its reason */
    public long rejected() {
        return rejected;
    }

    /** @return for example {@code "read 1200 = accepted 1198 + rejected 2"} */
    @Override
    public String toString() {
        return "read " + read() + " = accepted " + accepted + " + rejected " + rejected;
    }
}

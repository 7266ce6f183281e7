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

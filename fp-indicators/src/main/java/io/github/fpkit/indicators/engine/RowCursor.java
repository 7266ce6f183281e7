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
package io.github.fpkit.indicators.engine;

/**
 * Where one stream of lookups in a {@link RowIds} stands: the row the last lookup found,
 * near which the next one compares first, and how many rows after it that one compares
 * before hashing — {@link #FAR many} while the rows found come in order (a table sorted
 * like the rows but whose events only some rows have, such as pregnancies, skips a few
 * dozen rows between two), {@link #NEAR few} once a row found lay far away or before
 * (events out of the rows' order, where comparing many rows would only delay the hash).
 * The rows found are those of {@link RowIds#first(String)} whatever the order. Not
 * thread-safe: one per thread and stream of lookups.
 */
final class RowCursor {
    /** The rows compared after the cursor while the rows found are out of order. */
    static final int NEAR = 4;
    /** The rows compared after the cursor while the rows found come in order. */
    static final int FAR = 64;

    private int row = RowIds.NONE;
    private int window = NEAR;
    /** The characters of the id looked up, reused from lookup to lookup. */
    private char[] idChars = new char[16];

    /**
     * @param ids the ids looked up, the same at every call, not null
     * @param id an id, not null
     * @return the first row with that id, or {@link RowIds#NONE}
     */
    int find(RowIds ids, String id) {
        if (id.length() > idChars.length) {
            idChars = new char[Math.max(id.length(), 2 * idChars.length)];
        }
        id.getChars(0, id.length(), idChars, 0);
        int found = ids.first(id, idChars, row, window);
        if (found != RowIds.NONE) {
            window = row != RowIds.NONE && found >= row && found - row <= FAR ? FAR : NEAR;
            row = found;
        }
        return found;
    }
}

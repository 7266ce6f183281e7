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

import io.github.fpkit.model.register.RecordKey;

/** How a row repeating an earlier row's {@link RecordKey} is rejected: its column and its reason, in one wording. */
final class DuplicateKey {
    private DuplicateKey() {
    }

    /** @return the column a row error names: the key's column, or null (the whole row) for a population row's area and period */
    static String column(RecordKey key) {
        return key == RecordKey.POPULATION ? null : key.columns();
    }

    /**
     * @param key the table's key
     * @param firstRow the first row of the key, as {@code "line 7"} or {@code "an earlier row"}
     * @return for example {@code repeats the id of line 7 (REF_DUPLICATE_ID); the first row counts}
     */
    static String reason(RecordKey key, String firstRow) {
        boolean population = key == RecordKey.POPULATION;
        return "repeats the " + (population ? "area and period" : key.columns()) + " of " + firstRow
                + (population ? " (REF_DUPLICATE_POPULATION)" : " (REF_DUPLICATE_ID)") + "; the first row counts";
    }
}

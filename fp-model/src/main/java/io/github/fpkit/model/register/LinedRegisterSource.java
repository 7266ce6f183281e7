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

import java.util.function.ObjLongConsumer;

/**
 * A {@link RegisterSource} read from files that number their rows, which can pass each
 * record with the line its row starts on, so that what is found about a record can point
 * at its row. fp-io's CSV register folder is one; fp-indicators' register validator gives
 * the findings of such a source their {@linkplain Finding#line() lines}.
 *
 * <pre>{@code
 * Map<String, Long> lineOfWoman = new HashMap<>();
 * source.forEachWithLine(RegisterTable.WOMEN, Woman.class, (woman, line) -> lineOfWoman.put(woman.id(), line));
 * lineOfWoman.get("W000012");  // 14: her row starts on line 14 of women.csv
 * }</pre>
 */
public interface LinedRegisterSource extends RegisterSource {
    /**
     * Reads one table once, in file order, passing each record with the line its row
     * starts on (the header is line 1); nothing if the source lacks the table. The records
     * are those the table's stream gives ({@link #women()} for {@link RegisterTable#WOMEN}),
     * and the file is closed when the method returns, normally or not.
     *
     * @param <T> the table's record type
     * @param table the table, not null
     * @param type the table's record class ({@code Woman.class} for {@code WOMEN},
     *     {@code ContraceptiveEpisode.class} for {@code CONTRACEPTION}, …), not null
     * @param action receives each record and its line, 2 or more; not null
     * @throws IllegalArgumentException if {@code type} is not the table's record class
     */
    <T> void forEachWithLine(RegisterTable table, Class<T> type, ObjLongConsumer<? super T> action);
}

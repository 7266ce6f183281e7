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
 * How {@link CsvTableWriter} spells headers and cells. Both styles read back with
 * {@link CsvRegister} to equal records.
 *
 * <pre>{@code
 * CsvTableWriter.open(CsvTable.BIRTHS, file, StandardCharsets.UTF_8, CsvStyle.CHINESE);
 * // 编号,母亲编号,出生日期,性别,孩次,政策属性,妊娠结局,死亡日期
 * // B0000001,W0000001,2005年3月7日,女,1,政策内,活产,
 * }</pre>
 */
public enum CsvStyle {
    /** English column names, English codes, ISO dates {@code 2009-09-30}, {@code true}/{@code false}. */
    CANONICAL,
    /**
     * What Chinese exports hold: each column's first Chinese alias of the register format
     * as header, each enumeration's preferred Chinese label, dates as {@code 2009年9月30日},
     * yes/no as 是/否. Ids, area codes, numbers, periods and resident identity numbers are
     * written as in {@link #CANONICAL}.
     */
    CHINESE
}

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
package io.github.fpkit.io.internal;

import java.time.LocalDate;

/**
 * Dates as cells: read in every form of the register format (see {@link Dates}), also
 * straight from a reader's ASCII bytes, because dates are the most frequent typed cells;
 * written ISO, or {@code 2009年9月30日} in Chinese. Immutable and thread-safe.
 */
final class DateCells extends CellType<LocalDate> {
    @Override
    public LocalDate parse(String text) {
        return Dates.parse(text);
    }

    @Override
    public LocalDate parseAscii(byte[] bytes, int start, int length) {
        return Dates.parseAscii(bytes, start, length);
    }

    @Override
    public boolean parsesAscii() {
        return true;
    }

    @Override
    public String format(LocalDate value) {
        return value.toString();
    }

    @Override
    public String formatChinese(LocalDate value) {
        return Dates.formatChinese(value);
    }
}

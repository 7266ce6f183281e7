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

import java.nio.charset.Charset;

/** The choices of a {@link CsvRegister.Builder}, fixed when a register is opened. Immutable. */
final class ReadSettings {
    final Charset charset;
    final boolean strict;
    final int maxCellLength;
    final int maxLineLength;
    /** Files (and parts) smaller than this are not cut into parts for parallel streams. */
    final long minSplitBytes;

    ReadSettings(Charset charset, boolean strict, int maxCellLength, int maxLineLength, long minSplitBytes) {
        this.charset = charset;
        this.strict = strict;
        this.maxCellLength = maxCellLength;
        this.maxLineLength = maxLineLength;
        this.minSplitBytes = minSplitBytes;
    }
}

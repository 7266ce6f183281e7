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
package io.github.fpkit.examples.cli;

import io.github.fpkit.model.AreaLevel;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** {@code --level}: one area level, or {@code all} for every area at every level present. */
enum AreaLevelChoice {
    /** Villages 村. */
    VILLAGE(EnumSet.of(AreaLevel.VILLAGE)),
    /** Townships 乡镇. */
    TOWNSHIP(EnumSet.of(AreaLevel.TOWNSHIP)),
    /** Counties 县. */
    COUNTY(EnumSet.of(AreaLevel.COUNTY)),
    /** Every level. */
    ALL(EnumSet.allOf(AreaLevel.class));

    private final Set<AreaLevel> levels;

    AreaLevelChoice(Set<AreaLevel> levels) {
        this.levels = levels;
    }

    /** @return the levels computed */
    Set<AreaLevel> levels() {
        return EnumSet.copyOf(levels);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

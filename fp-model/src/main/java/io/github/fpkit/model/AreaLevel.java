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
package io.github.fpkit.model;

/** Level of an administrative area in the statistical division code: county 县, township 乡镇, village 村. */
public enum AreaLevel implements Coded {
    /** 县 (code {@code CCCCCC000000}). */
    COUNTY("county", "县"),
    /** 乡镇 (code {@code TTTTTTTTT000}). */
    TOWNSHIP("township", "乡镇"),
    /** 村 (any other 12-digit code). */
    VILLAGE("village", "村");

    private static final CodeTable<AreaLevel> TABLE = new CodeTable<>("level", AreaLevel.class,
            l -> java.util.List.of(l.chineseName));

    private final String code;
    private final String chineseName;

    AreaLevel(String code, String chineseName) {
        this.code = code;
        this.chineseName = chineseName;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }

    /**
     * Parses a level code ({@code county}, {@code township}, {@code village}) or its Chinese name.
     *
     * @param text the code, not null
     * @return the level
     * @throws InvalidValueException if the text names no level
     */
    public static AreaLevel parse(CharSequence text) {
        return TABLE.parse(text);
    }

    @Override
    public String toString() {
        return code;
    }
}

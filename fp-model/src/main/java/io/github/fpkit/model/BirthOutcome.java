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

import java.util.List;

/**
 * Outcome of a birth record; {@code live} is the default.
 *
 * <p>{@link #parse(CharSequence)} accepts the code or any Chinese label of the register
 * format, case-insensitively.
 */
public enum BirthOutcome implements Coded {
    /** 活产. */
    LIVE("live", "活产"),
    /** 死产. */
    STILLBIRTH("stillbirth", "死产");

    private static final CodeTable<BirthOutcome> TABLE = new CodeTable<>("outcome", BirthOutcome.class, c -> c.labels);

    private final String code;
    private final List<String> labels;

    BirthOutcome(String code, String... labels) {
        this.code = code;
        this.labels = List.of(labels);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String chineseName() {
        return labels.get(0);
    }

    /** @return the Chinese labels accepted for this value, the preferred first */
    public List<String> labels() {
        return labels;
    }

    /**
     * Parses a code or label.
     *
     * @param text the code or a label, not null
     * @return the value
     * @throws InvalidValueException if the text is no code or label of this type
     */
    public static BirthOutcome parse(CharSequence text) {
        return TABLE.parse(text);
    }

    @Override
    public String toString() {
        return code;
    }
}

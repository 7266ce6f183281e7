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
 * Marital status on the register'\''s reference date.
 *
 * <p>{@link #parse(CharSequence)} accepts the code or any Chinese label of the register
 * format, case-insensitively.
 */
public enum MaritalStatus implements Coded {
    /** 未婚. */
    UNMARRIED("unmarried", "未婚"),
    /** 已婚 (first marriage). */
    MARRIED("married", "已婚", "初婚"),
    /** 再婚. */
    REMARRIED("remarried", "再婚"),
    /** 离婚. */
    DIVORCED("divorced", "离婚"),
    /** 丧偶. */
    WIDOWED("widowed", "丧偶");

    private static final CodeTable<MaritalStatus> TABLE = new CodeTable<>("marital_status", MaritalStatus.class, c -> c.labels);

    private final String code;
    private final List<String> labels;

    MaritalStatus(String code, String... labels) {
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

    /** @return true for {@code married} and {@code remarried}, the statuses that make a woman a married WRA */
    public boolean isMarried() {
        return this == MARRIED || this == REMARRIED;
    }

    /**
     * Parses a code or label.
     *
     * @param text the code or a label, not null
     * @return the value
     * @throws InvalidValueException if the text is no code or label of this type
     */
    public static MaritalStatus parse(CharSequence text) {
        return TABLE.parse(text);
    }

    @Override
    public String toString() {
        return code;
    }
}

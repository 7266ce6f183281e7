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
 * Type of a family-planning surgery (四术).
 *
 * <p>{@link #parse(CharSequence)} accepts the code or any Chinese label of the register
 * format, case-insensitively.
 */
public enum ProcedureType implements Coded {
    /** 放环. */
    IUD_INSERTION("iud_insertion", "放环", "上环"),
    /** 取环. */
    IUD_REMOVAL("iud_removal", "取环"),
    /** 女扎. */
    FEMALE_STERILIZATION("female_sterilization", "女扎", "输卵管结扎"),
    /** 男扎. */
    MALE_STERILIZATION("male_sterilization", "男扎", "输精管结扎"),
    /** 人流. */
    INDUCED_ABORTION("induced_abortion", "人流", "人工流产"),
    /** 中引. */
    MID_TERM_INDUCTION("mid_term_induction", "中引", "中期引产"),
    /** 皮埋. */
    IMPLANT_INSERTION("implant_insertion", "皮埋"),
    /** 取皮埋. */
    IMPLANT_REMOVAL("implant_removal", "取皮埋");

    private static final CodeTable<ProcedureType> TABLE = new CodeTable<>("type", ProcedureType.class, c -> c.labels);

    private final String code;
    private final List<String> labels;

    ProcedureType(String code, String... labels) {
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

    /** @return true for female and male sterilisation */
    public boolean isSterilization() {
        return this == FEMALE_STERILIZATION || this == MALE_STERILIZATION;
    }

    /**
     * Parses a code or label.
     *
     * @param text the code or a label, not null
     * @return the value
     * @throws InvalidValueException if the text is no code or label of this type
     */
    public static ProcedureType parse(CharSequence text) {
        return TABLE.parse(text);
    }

    @Override
    public String toString() {
        return code;
    }
}

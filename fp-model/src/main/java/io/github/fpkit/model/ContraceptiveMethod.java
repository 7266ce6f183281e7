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
 * Contraceptive method. The declaration order is the precedence order of the indicator
 * catalogue: when several episodes are in use, a woman'\''s method is the first in use in this order.
 *
 * <p>{@link #parse(CharSequence)} accepts the code or any Chinese label of the register
 * format, case-insensitively.
 */
public enum ContraceptiveMethod implements Coded {
    /** 女扎. */
    FEMALE_STERILIZATION("female_sterilization", "女扎", "女性绝育"),
    /** 男扎 (recorded under the wife). */
    MALE_STERILIZATION("male_sterilization", "男扎", "男性绝育"),
    /** 上环. */
    IUD("iud", "上环", "宫内节育器"),
    /** 皮埋. */
    IMPLANT("implant", "皮埋", "皮下埋植"),
    /** 针剂. */
    INJECTABLE("injectable", "针剂", "避孕针"),
    /** 口服药. */
    ORAL_PILL("oral_pill", "口服药", "口服避孕药"),
    /** 避孕套. */
    CONDOM("condom", "避孕套"),
    /** 其他/外用药具. */
    OTHER_MODERN("other_modern", "其他", "外用药具"),
    /** 安全期/体外排精/传统方法. */
    TRADITIONAL("traditional", "传统方法", "安全期", "体外排精");

    private static final CodeTable<ContraceptiveMethod> TABLE = new CodeTable<>("method", ContraceptiveMethod.class, c -> c.labels);

    private final String code;
    private final List<String> labels;

    ContraceptiveMethod(String code, String... labels) {
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

    /** @return true for every method but {@code traditional} */
    public boolean isModern() {
        return this != TRADITIONAL;
    }

    /** @return true for sterilisation (female or male), IUD and implant */
    public boolean isLongActing() {
        return this == FEMALE_STERILIZATION || this == MALE_STERILIZATION || this == IUD || this == IMPLANT;
    }

    /**
     * @param other another method, not null
     * @return true if this method takes precedence over {@code other} for a woman using both
     */
    public boolean precedes(ContraceptiveMethod other) {
        return compareTo(other) < 0;
    }

    /**
     * Parses a code or label.
     *
     * @param text the code or a label, not null
     * @return the value
     * @throws InvalidValueException if the text is no code or label of this type
     */
    public static ContraceptiveMethod parse(CharSequence text) {
        return TABLE.parse(text);
    }

    @Override
    public String toString() {
        return code;
    }
}

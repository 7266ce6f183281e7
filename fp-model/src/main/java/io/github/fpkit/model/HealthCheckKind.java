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
 * Kind of a health check (查环查孕查病, 孕前优生检查).
 *
 * <p>{@link #parse(CharSequence)} accepts the code or any Chinese label of the register
 * format, case-insensitively.
 */
public enum HealthCheckKind implements Coded {
    /** 查环. */
    IUD_CHECK("iud_check", "查环"),
    /** 查孕. */
    PREGNANCY_CHECK("pregnancy_check", "查孕"),
    /** 查病/妇检. */
    DISEASE_CHECK("disease_check", "查病", "妇检"),
    /** 孕前优生检查. */
    PRE_PREGNANCY("pre_pregnancy", "孕前优生检查");

    private static final CodeTable<HealthCheckKind> TABLE = new CodeTable<>("kind", HealthCheckKind.class, c -> c.labels);

    private final String code;
    private final List<String> labels;

    HealthCheckKind(String code, String... labels) {
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

    /** @return true for the kinds that count towards health-check coverage (IUD, pregnancy and disease checks) */
    public boolean countsForCoverage() {
        return this != PRE_PREGNANCY;
    }

    /**
     * Parses a code or label.
     *
     * @param text the code or a label, not null
     * @return the value
     * @throws InvalidValueException if the text is no code or label of this type
     */
    public static HealthCheckKind parse(CharSequence text) {
        return TABLE.parse(text);
    }

    @Override
    public String toString() {
        return code;
    }
}

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

import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The yes/no cells of the register format: {@code true}/{@code false}, 是/否, 计划内/计划外;
 * the birth permit's also yes/no and 有/无 (held or not).
 */
final class Booleans extends CellType<Boolean> {
    private static final Map<String, Boolean> LABELS = Map.of(
            "true", Boolean.TRUE, "是", Boolean.TRUE, "计划内", Boolean.TRUE,
            "false", Boolean.FALSE, "否", Boolean.FALSE, "计划外", Boolean.FALSE);
    private static final Map<String, Boolean> PERMIT_LABELS = Map.of(
            "true", Boolean.TRUE, "yes", Boolean.TRUE, "是", Boolean.TRUE, "有", Boolean.TRUE,
            "false", Boolean.FALSE, "no", Boolean.FALSE, "否", Boolean.FALSE, "无", Boolean.FALSE);

    private final Map<String, Boolean> labels;
    private final String expected;

    private Booleans(Map<String, Boolean> labels, String expected) {
        this.labels = labels;
        this.expected = expected;
    }

    /** @return the cells of {@code planned} and {@code rural} */
    static Booleans yesNo() {
        return new Booleans(LABELS, "expected true/false, 是/否 or 计划内/计划外");
    }

    /** @return the cells of {@code birth_permit} */
    static Booleans permit() {
        return new Booleans(PERMIT_LABELS, "expected true/false, yes/no, 是/否 or 有/无");
    }

    @Override
    public Boolean parse(String text) {
        Boolean value = labels.get(text);
        if (value == null) {
            value = labels.get(text.toLowerCase(Locale.ROOT));
        }
        if (value == null) {
            throw new CellException(expected);
        }
        return value;
    }

    @Override
    public String format(Boolean value) {
        return value.toString();
    }

    @Override
    public String formatChinese(Boolean value) {
        return value ? "是" : "否";
    }

    @Override
    public void writeJson(JsonGenerator generator, Boolean value) {
        generator.writeBoolean(value);
    }

    @Override
    public Boolean readJson(JsonParser parser) {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        return super.readJson(parser);
    }

    @Override
    public boolean hasFewValues() {
        return true;
    }
}

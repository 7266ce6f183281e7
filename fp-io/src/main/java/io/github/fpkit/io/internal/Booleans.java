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

/** The yes/no cells of the register format: {@code true}/{@code false}, 是/否, 计划内/计划外. */
final class Booleans extends CellType<Boolean> {
    private static final Map<String, Boolean> LABELS = Map.of(
            "true", Boolean.TRUE, "是", Boolean.TRUE, "计划内", Boolean.TRUE,
            "false", Boolean.FALSE, "否", Boolean.FALSE, "计划外", Boolean.FALSE);

    @Override
    public Boolean parse(String text) {
        Boolean value = LABELS.get(text);
        if (value == null) {
            value = LABELS.get(text.toLowerCase(Locale.ROOT));
        }
        if (value == null) {
            throw new CellException("expected true/false, 是/否 or 计划内/计划外");
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

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

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * Free text (ids, names, messages). In CSV a text that a spreadsheet would execute
 * (starting with {@code = + - @}, tab or carriage return) is written with a leading
 * apostrophe, and a text that already starts with apostrophes before such a character
 * gets one more; reading removes exactly one apostrophe from such cells, so that
 * writing and reading give back the same text.
 */
final class Text extends CellType<String> {
    @Override
    public String parse(String text) {
        return isGuarded(text) ? text.substring(1) : text;
    }

    @Override
    public String format(String value) {
        return needsGuard(value) ? "'" + value : value;
    }

    /** JSON is not opened by spreadsheets: text is written as it is. */
    @Override
    public void writeJson(JsonGenerator generator, String value) {
        generator.writeString(value);
    }

    @Override
    public String readJson(JsonParser parser) {
        if (!parser.currentToken().isScalarValue()) {
            throw new CellException("expected a JSON string, found " + parser.currentToken());
        }
        return parser.getString();
    }

    @Override
    public boolean isText() {
        return true;
    }

    /** @return true if the text is apostrophes followed by a formula character */
    private static boolean needsGuard(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i < text.length() && isFormulaStart(text.charAt(i));
    }

    private static boolean isGuarded(String text) {
        return !text.isEmpty() && text.charAt(0) == '\'' && needsGuard(text);
    }

    private static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}

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

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lookup from every accepted spelling (code and labels, case-insensitive, trimmed)
 * to the constant of one coded enumeration.
 */
final class CodeTable<E extends Enum<E> & Coded> {
    private final String field;
    private final Map<String, E> byLabel = new HashMap<>();
    private final String accepted;

    CodeTable(String field, Class<E> type, java.util.function.Function<E, List<String>> labels) {
        this.field = field;
        for (E constant : type.getEnumConstants()) {
            Stream.concat(Stream.of(constant.code()), labels.apply(constant).stream())
                    .map(CodeTable::key)
                    .forEach(k -> {
                        E previous = byLabel.put(k, constant);
                        assert previous == null || previous == constant : "bug: label " + k + " is ambiguous";
                    });
        }
        this.accepted = Stream.of(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }

    private static String key(String label) {
        return label.trim().toLowerCase(Locale.ROOT);
    }

    E parse(CharSequence text) {
        if (text == null) {
            throw new NullPointerException(field);
        }
        E constant = byLabel.get(key(text.toString()));
        if (constant == null) {
            throw new InvalidValueException(field, text.toString(), "expected one of " + accepted + " or a Chinese label");
        }
        return constant;
    }
}

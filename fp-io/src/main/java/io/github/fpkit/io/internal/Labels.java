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

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An enumeration read from its code or any of its labels, case-insensitively, through a
 * map built once: the exact spelling is looked up first, so the common cells (a
 * lowercase code, a Chinese label) cost one hash lookup and no allocation.
 *
 * @param <E> the enumeration
 */
final class Labels<E extends Enum<E>> extends CellType<E> {
    private final Map<String, E> byLabel = new HashMap<>();
    private final Function<E, String> code;
    private final Function<E, List<String>> labels;
    private final String expected;

    Labels(Class<E> type, Function<E, String> code, Function<E, List<String>> labels) {
        this.code = code;
        this.labels = labels;
        for (E constant : type.getEnumConstants()) {
            Stream.concat(Stream.of(code.apply(constant)), labels.apply(constant).stream()).forEach(label -> {
                byLabel.put(label, constant);
                byLabel.put(label.toLowerCase(Locale.ROOT), constant);
            });
        }
        boolean labelled = Stream.of(type.getEnumConstants()).anyMatch(c -> !labels.apply(c).isEmpty());
        this.expected = "expected one of " + Stream.of(type.getEnumConstants()).map(code)
                .collect(Collectors.joining(", ")) + (labelled ? " or a Chinese label" : "");
    }

    @Override
    public E parse(String text) {
        E value = byLabel.get(text);
        if (value == null) {
            value = byLabel.get(text.toLowerCase(Locale.ROOT));
        }
        if (value == null) {
            throw new CellException(expected);
        }
        return value;
    }

    @Override
    public String format(E value) {
        return code.apply(value);
    }

    /** @return the preferred Chinese label, or the code for a value that has none */
    @Override
    public String formatChinese(E value) {
        List<String> chinese = labels.apply(value);
        return chinese.isEmpty() ? code.apply(value) : chinese.get(0);
    }

    @Override
    public boolean hasFewValues() {
        return true;
    }
}

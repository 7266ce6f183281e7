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

import java.util.function.Function;

/**
 * A value with a text form of its own ({@code AreaCode}, {@code ResidentId},
 * {@code ReportingPeriod}, {@code LocalDate}, …): parsing and formatting are the type's own.
 *
 * @param <V> the value type
 */
final class Scalar<V> extends CellType<V> {
    private final Function<String, V> parse;
    private final Function<V, String> format;
    private final Function<V, String> formatChinese;

    Scalar(Function<String, V> parse, Function<V, String> format) {
        this(parse, format, format);
    }

    Scalar(Function<String, V> parse, Function<V, String> format, Function<V, String> formatChinese) {
        this.parse = parse;
        this.format = format;
        this.formatChinese = formatChinese;
    }

    @Override
    public V parse(String text) {
        return parse.apply(text);
    }

    @Override
    public String format(V value) {
        return format.apply(value);
    }

    @Override
    public String formatChinese(V value) {
        return formatChinese.apply(value);
    }
}

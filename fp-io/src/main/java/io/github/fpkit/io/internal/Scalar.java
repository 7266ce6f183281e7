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

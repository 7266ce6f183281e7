package io.github.fpkit.io.internal;

import java.time.LocalDate;

/**
 * Dates as cells: read in every form of the register format (see {@link Dates}), also
 * straight from a reader's characters, because dates are the most frequent typed cells;
 * written ISO, or {@code 2009年9月30日} in Chinese. Immutable and thread-safe.
 */
final class DateCells extends CellType<LocalDate> {
    @Override
    public LocalDate parse(String text) {
        return Dates.parse(text);
    }

    @Override
    public LocalDate parseCharacters(CharSequence text) {
        return Dates.parse(text);
    }

    @Override
    public boolean parsesCharacters() {
        return true;
    }

    @Override
    public String format(LocalDate value) {
        return value.toString();
    }

    @Override
    public String formatChinese(LocalDate value) {
        return Dates.formatChinese(value);
    }
}

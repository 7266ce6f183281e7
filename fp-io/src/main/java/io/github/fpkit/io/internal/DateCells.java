package io.github.fpkit.io.internal;

import java.time.LocalDate;

/**
 * Dates as cells: read in every form of the register format (see {@link Dates}), also
 * straight from a reader's ASCII bytes, because dates are the most frequent typed cells;
 * written ISO, or {@code 2009年9月30日} in Chinese. Immutable and thread-safe.
 */
final class DateCells extends CellType<LocalDate> {
    @Override
    public LocalDate parse(String text) {
        return Dates.parse(text);
    }

    @Override
    public LocalDate parseAscii(byte[] bytes, int start, int length) {
        return Dates.parseAscii(bytes, start, length);
    }

    @Override
    public boolean parsesAscii() {
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

package io.github.fpkit.io.csv;

import java.nio.charset.Charset;

/** The choices of a {@link CsvRegister.Builder}, fixed when a register is opened. Immutable. */
final class ReadSettings {
    final Charset charset;
    final boolean strict;
    final int maxCellLength;
    final int maxLineLength;
    /** Files (and parts) smaller than this are not cut into parts for parallel streams. */
    final long minSplitBytes;

    ReadSettings(Charset charset, boolean strict, int maxCellLength, int maxLineLength, long minSplitBytes) {
        this.charset = charset;
        this.strict = strict;
        this.maxCellLength = maxCellLength;
        this.maxLineLength = maxLineLength;
        this.minSplitBytes = minSplitBytes;
    }
}

package io.github.fpkit.io.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** Lets a generator close over a caller's stream without closing it: the caller owns the stream. */
final class UnclosedWriter extends FilterWriter {
    UnclosedWriter(Writer out) {
        super(out);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}

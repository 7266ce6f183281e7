package io.github.fpkit.io.csv;

import java.nio.charset.StandardCharsets;

/**
 * The ASCII bytes of a cell seen as characters, without copying them: a view that a
 * {@link CsvTokenizer} points at one cell after another, valid until the next row is
 * read. Used by one thread at a time.
 */
final class AsciiChars implements CharSequence {
    private byte[] bytes;
    private int start;
    private int length;

    /** @return this view, now of {@code length} ASCII bytes from {@code start} */
    AsciiChars of(byte[] bytes, int start, int length) {
        this.bytes = bytes;
        this.start = start;
        this.length = length;
        return this;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException("index " + index + " of " + length + " characters");
        }
        return (char) bytes[start + index];
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return toString().substring(from, to);
    }

    /** @return a copy of the characters, which stays valid after the view moves on */
    @Override
    public String toString() {
        return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
    }
}

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
package io.github.fpkit.io.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Makes the bytes of cells text in the file's encoding, strictly: an invalid byte is
 * reported, never replaced. A cell of ASCII bytes is copied into a compact string, any
 * other one is decoded. Also counts characters, because the limits on cells and rows are
 * in characters while cells are found in bytes. An invalid byte is reported by its index
 * ({@link #invalidAt()}), for {@link CsvTokenizer} to name its offset in the file and its
 * line. Used by one thread at a time.
 */
final class CellDecoder {
    /** The characters decoded at a time when they are only counted. */
    private static final int COUNT_CHUNK = 8 * 1024;

    private final CharsetDecoder decoder;
    private CharBuffer chars = CharBuffer.allocate(256);
    private byte[] unquoted = new byte[256];
    /** The array last decoded from, and a view of it, reused while the buffer stays the same array. */
    private byte[] viewed;
    private ByteBuffer view;
    private int invalidAt;

    /** @param charset the encoding */
    CellDecoder(Charset charset) {
        this.decoder = strict(charset);
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * @param bytes the bytes holding the cell
     * @param start the cell's first byte, after its opening quote if it has one
     * @param end the index after its last byte, before its closing quote if it has one
     * @param ascii true if no byte is 0x80 or more
     * @param doubledQuotes true if the cell is quoted and has a doubled quote, which is one quote of its text
     * @return the cell's text, or null if a byte is invalid in the encoding (see {@link #invalidAt()})
     */
    String text(byte[] bytes, int start, int end, boolean ascii, boolean doubledQuotes) {
        if (ascii && !doubledQuotes) {
            return ascii(bytes, start, end);
        }
        if (!doubledQuotes) {
            ByteBuffer in = view(bytes, start, end);
            String text = decode(in, end - start);
            if (text == null) {
                invalidAt = in.position();
            }
            return text;
        }
        return unquotedText(bytes, start, end, ascii);
    }

    /**
     * @param bytes ASCII bytes
     * @return their text: the one empty string for no bytes (empty cells are many), else a
     *     compact-string copy, as Latin-1 maps each byte to one char
     */
    static String ascii(byte[] bytes, int start, int end) {
        return start == end ? "" : new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
    }

    private String unquotedText(byte[] bytes, int start, int end, boolean ascii) {
        byte[] out = unquoted.length >= end - start ? unquoted : (unquoted = new byte[end - start]);
        int n = unquote(bytes, start, end, out);
        if (ascii) {
            return ascii(out, 0, n);
        }
        String text = decode(ByteBuffer.wrap(out, 0, n), n);
        // A doubled quote is never part of a character: the raw cell is invalid at the same byte,
        // which charCount finds (the cell's start only should it not).
        if (text == null && charCount(bytes, start, end, true) >= 0) {
            invalidAt = start;
        }
        return text;
    }

    /** @return the decoded text, or null at an invalid byte, {@code in} then positioned at it */
    private String decode(ByteBuffer in, int length) {
        if (chars.capacity() < length) {
            chars = CharBuffer.allocate(Math.max(length, 2 * chars.capacity()));
        }
        chars.clear();
        decoder.reset();
        CoderResult result = decoder.decode(in, chars, true);
        if (result.isError()) {
            return null;
        }
        decoder.flush(chars);
        return new String(chars.array(), 0, chars.position());
    }

    private ByteBuffer view(byte[] bytes, int start, int end) {
        if (bytes != viewed) {
            viewed = bytes;
            view = ByteBuffer.wrap(bytes);
        }
        return view.limit(end).position(start);
    }

    /**
     * Decodes bytes only to count their characters.
     *
     * @param complete false if the bytes may end inside a character, which is then not counted
     * @return the characters of {@code bytes[from, to)}, or -1 if a byte is invalid (see {@link #invalidAt()})
     */
    long charCount(byte[] bytes, int from, int to, boolean complete) {
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate(COUNT_CHUNK);
        long count = 0;
        decoder.reset();
        while (true) {
            CoderResult result = decoder.decode(in, out, complete);
            if (result.isError()) {
                invalidAt = in.position();
                return -1;
            }
            count += out.position();
            out.clear();
            if (result.isUnderflow()) {
                if (complete) {
                    decoder.flush(out);
                }
                return count + out.position();
            }
        }
    }

    /** @return the index of the invalid byte that the last {@link #text} or {@link #charCount} met */
    int invalidAt() {
        return invalidAt;
    }

    /**
     * @param other an encoding
     * @return a cell's text in that encoding, or null if it is not valid in it; arguments as for {@link #text}
     */
    static String textIn(Charset other, byte[] bytes, int start, int end, boolean doubledQuotes) {
        byte[] out = new byte[end - start];
        int n = end - start;
        if (doubledQuotes) {
            n = unquote(bytes, start, end, out);
        } else {
            System.arraycopy(bytes, start, out, 0, n);
        }
        try {
            return strict(other).decode(ByteBuffer.wrap(out, 0, n)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Copies a quoted cell's bytes with each doubled quote made one; @return the bytes copied */
    private static int unquote(byte[] bytes, int start, int end, byte[] out) {
        int n = 0;
        for (int i = start; i < end; i++) {
            out[n++] = bytes[i];
            if (bytes[i] == '"') {
                i++;
            }
        }
        return n;
    }
}

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

import static io.github.fpkit.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cut is the first row end at or after the middle, with the line feeds before it, as a
 * byte-by-byte reading of RFC 4180 finds it — whether the range has quotes (followed byte
 * by byte) or not (scanned eight bytes at a time, where a word without a byte below a
 * quote is passed with one test).
 */
class SplitPointPropertiesTest {
    /** Mostly cell bytes, so that many words hold no line end; a few of everything that matters. */
    private static final byte[] ALPHABET = {'a', 'a', 'a', 'a', 'a', '1', '1', '1', '-', ',', ',', ',', '\n', '\n', '"', '\r', ' ',
        (byte) 0xC3, (byte) 0xA4, '\t', '!', '#'};

    /** Kinds of range: no quote and no carriage return; quotes and only CR LF; anything. */
    private static final int PLAIN = 0;
    private static final int QUOTES = 1;

    @TempDir
    Path temp;

    @Test
    void property_cut_asAByteByByteReading() {
        qt().withExamples(300).forAll(lists().of(integers().between(0, ALPHABET.length - 1)).ofSizeBetween(0, 700),
                integers().between(0, 2), integers().between(0, 40)).checkAssert((picks, kind, start) -> {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    for (int pick : picks) {
                        byte b = ALPHABET[pick];
                        if (kind == PLAIN && (b == '"' || b == '\r')) {
                            // Plain ranges take the eight-byte scan to its end.
                            bytes.write('a');
                        } else if (kind == QUOTES && b == '\r') {
                            // Else a lone carriage return would end most ranges before their quotes matter.
                            bytes.write('\r');
                            bytes.write('\n');
                        } else {
                            bytes.write(b);
                        }
                    }
                    byte[] data = bytes.toByteArray();
                    long from = Math.min(start, data.length);
                    long[] expected = ByteByByteCut.cut(data, (int) from, data.length, from + (data.length - from) / 2);
                    SplitPoint cut = find(data, from);
                    if (expected == null) {
                        assertNull(cut);
                    } else {
                        assertEquals(expected[0], cut.offset);
                        assertEquals(expected[1], cut.lineFeeds);
                    }
                });
    }

    @Test
    void test_longPlainRange_cutAfterTheMiddle_lineFeedsCounted() {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            csv.append("W").append(i).append(",990101001001,1980-01-01,married,H").append(i % 97).append('\n');
        }
        byte[] data = csv.toString().getBytes(StandardCharsets.US_ASCII);
        long[] expected = ByteByByteCut.cut(data, 0, data.length, data.length / 2);
        SplitPoint cut = find(data, 0);
        assertEquals(expected[0], cut.offset);
        assertEquals(expected[1], cut.lineFeeds);
        assertEquals('\n', data[(int) cut.offset - 1]);
    }

    private SplitPoint find(byte[] data, long from) {
        try {
            Path file = Files.createTempFile(temp, "part", ".csv");
            Files.write(file, data);
            return SplitPoint.find(file, from, data.length, from);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

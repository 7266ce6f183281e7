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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Cells made text strictly in their encoding, and characters counted. */
class CellDecoderTest {
    private static final Charset GBK = Charset.forName("GBK");

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void test_text_asciiChineseAndDoubledQuotes() {
        CellDecoder decoder = new CellDecoder(StandardCharsets.UTF_8);
        byte[] bytes = utf8("ab,已婚,x\"\"y,中\"\"文");
        assertEquals("ab", decoder.text(bytes, 0, 2, true, false));
        assertEquals("已婚", decoder.text(bytes, 3, 9, false, false));
        assertEquals("x\"y", decoder.text(bytes, 10, 14, true, true));
        assertEquals("中\"文", decoder.text(bytes, 15, 23, false, true));
        // An empty cell is the one empty string: empty cells are many, and none costs a new string.
        assertSame("", decoder.text(bytes, 2, 2, true, false));
        assertSame("", CellDecoder.ascii(bytes, 2, 2));
    }

    @Test
    void test_invalidByte_nullAndItsIndexInTheBytes() {
        CellDecoder decoder = new CellDecoder(StandardCharsets.UTF_8);
        byte[] bytes = utf8("a,b\"\"c~d");
        bytes[6] = (byte) 0xFF;
        assertNull(decoder.text(bytes, 2, 8, false, false));
        assertEquals(6, decoder.invalidAt());
        assertNull(decoder.text(bytes, 2, 8, false, true));
        assertEquals(6, decoder.invalidAt());
        assertEquals(-1, decoder.charCount(bytes, 0, 8, true));
        assertEquals(6, decoder.invalidAt());
    }

    @Test
    void test_charCount_anIncompleteCharacterAtTheEndIsNotCounted() {
        CellDecoder decoder = new CellDecoder(StandardCharsets.UTF_8);
        byte[] bytes = utf8("a中文");
        assertEquals(3, decoder.charCount(bytes, 0, bytes.length, true));
        assertEquals(2, decoder.charCount(bytes, 0, bytes.length - 1, false));
        assertEquals(-1, decoder.charCount(bytes, 0, bytes.length - 1, true));
    }

    @Test
    void test_textIn_anotherEncoding_orNullIfInvalidThere() {
        // The cell "已"婚 as a GBK file quotes it: ""已""婚 between its own quotes.
        ByteArrayOutputStream cell = new ByteArrayOutputStream();
        cell.writeBytes("\"\"".getBytes(StandardCharsets.US_ASCII));
        cell.writeBytes("已".getBytes(GBK));
        cell.writeBytes("\"\"".getBytes(StandardCharsets.US_ASCII));
        cell.writeBytes("婚".getBytes(GBK));
        byte[] bytes = cell.toByteArray();
        assertEquals("\"已\"婚", CellDecoder.textIn(GBK, bytes, 0, bytes.length, true));
        assertNull(CellDecoder.textIn(StandardCharsets.UTF_8, bytes, 0, bytes.length, true));
    }
}

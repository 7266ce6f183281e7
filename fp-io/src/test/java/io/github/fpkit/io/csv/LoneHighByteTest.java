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
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The byte 0x80 alone, the smallest byte that is no ASCII character and begins none in UTF-8
 * or GBK: a cell holding only it is invalid, never read as a character, and a message shows it
 * as a byte.
 */
class LoneHighByteTest {
    @TempDir
    Path temp;

    private static byte[] bytes(String before, int b, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.US_ASCII));
        out.write(b);
        out.writeBytes(after.getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private void read(byte[] bytes, Charset charset) throws IOException {
        Path file = Files.createTempFile(temp, "t", ".csv");
        Files.write(file, bytes);
        try (CsvTokenizer t = new CsvTokenizer(file, "t.csv", charset, 0, -1, 1, 1000, 10_000, 64)) {
            while (t.nextRow(4)) {
                for (int c = 0; c < t.cellCount() && c < 4; c++) {
                    t.cell(c);
                }
                t.checkExtra();
            }
        }
    }

    @Test
    void test_aCellOfTheByte0x80_isInvalid_quotedOrNot_inUtf8AndGbk() {
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, Charset.forName("GBK")}) {
            for (String[] around : new String[][] {{"a,", ",b\n"}, {"a,\"", "\",b\n"}, {"a,b,c,d,e,", "\n"}}) {
                InvalidEncodingException e = assertThrows(InvalidEncodingException.class,
                        () -> read(bytes(around[0], 0x80, around[1]), charset), charset + " " + around[0]);
                assertEquals(around[0].length(), e.byteOffset(), charset + " " + around[0]);
                assertEquals(charset, e.charset());
            }
        }
    }

    @Test
    void test_aByte0x80AfterAClosingQuote_isShownAsAByte() {
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> read(bytes("\"a\"", 0x80, "\n"), StandardCharsets.ISO_8859_1));
        assertEquals("unexpected byte 0x80 after the closing quote of a cell; expected ',' or the end of the line", e.reason());
    }
}

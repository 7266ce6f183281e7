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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A range of a file read a part at a time, keeping what its reader still needs. */
class ByteRangeBufferTest {
    @TempDir
    Path folder;

    private Path file(String text) throws IOException {
        Path file = folder.resolve("t.csv");
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private static String text(ByteRangeBuffer buffer, int from) {
        return new String(buffer.bytes(), from, buffer.limit() - from, StandardCharsets.UTF_8);
    }

    @Test
    void test_keptBytesMoveToTheStart_offsetsFollow_rangeEndsAtTo() throws IOException {
        try (ByteRangeBuffer buffer = new ByteRangeBuffer(file("0123456789"), "t.csv", 2, 8, 4, 4)) {
            assertTrue(buffer.readMore(0));
            assertEquals("2345", text(buffer, 0));
            assertTrue(buffer.readMore(3));
            assertEquals("567", text(buffer, 0));
            assertEquals(5, buffer.offsetOf(0));
            assertFalse(buffer.reachedEnd());
            assertTrue(buffer.readMore(3));
            assertEquals("", text(buffer, 0));
            assertTrue(buffer.readMore(0));
            assertTrue(buffer.reachedEnd());
        }
    }

    @Test
    void test_bytesKeptFillTheBuffer_itGrowsUpToItsLargest() throws IOException {
        try (ByteRangeBuffer buffer = new ByteRangeBuffer(file("x".repeat(40)), "t.csv", 0, -1, 2, 20)) {
            assertTrue(buffer.readMore(0));
            assertTrue(buffer.readMore(0));
            assertEquals(16, buffer.limit());
            assertTrue(buffer.readMore(0));
            assertEquals(20, buffer.limit());
            assertFalse(buffer.readMore(0));
            assertEquals(20, buffer.limit());
        }
    }

    @Test
    void test_byteOrderMark_skippedOnlyAtTheStartOfTheFile() throws IOException {
        Path file = file("\uFEFFab");
        try (ByteRangeBuffer buffer = new ByteRangeBuffer(file, "t.csv", 0, -1, 16, 16)) {
            assertTrue(buffer.skipUtf8ByteOrderMark());
            buffer.readMore(0);
            assertEquals("ab", text(buffer, 0));
            assertEquals(3, buffer.offsetOf(0));
        }
        try (ByteRangeBuffer buffer = new ByteRangeBuffer(file, "t.csv", 3, -1, 16, 16)) {
            assertFalse(buffer.skipUtf8ByteOrderMark());
        }
        try (ByteRangeBuffer buffer = new ByteRangeBuffer(file("ab"), "t.csv", 0, -1, 16, 16)) {
            assertFalse(buffer.skipUtf8ByteOrderMark());
        }
    }
}

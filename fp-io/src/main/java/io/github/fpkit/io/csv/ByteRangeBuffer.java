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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The bytes of a byte range of a file, read into one buffer a part at a time: its reader
 * says which bytes it still needs (the row it is reading), those move to the start of the
 * buffer and more of the range is read after them. The buffer grows only when the bytes
 * still needed fill it, up to a bound. Knows nothing of CSV. Used by one thread at a time.
 */
final class ByteRangeBuffer implements AutoCloseable {
    /**
     * The default size of the buffer, which grows only for a row longer than it: large
     * enough that reads are few, and well under half of G1's smallest region (1 MB), so
     * that a buffer is an ordinary young object, not a "humongous" one, whose allocations
     * each start a collection.
     */
    static final int DEFAULT_SIZE = 256 * 1024;
    /** The size for a reader that reads only the header of a file (for the parts after the first). */
    static final int HEADER_SIZE = 8 * 1024;

    private final FileChannel channel;
    private final String file;
    private final int maxSize;
    /** The offset in the file after the range. */
    private final long end;
    /** The next offset in the file to read into the buffer. */
    private long position;
    private boolean reachedEnd;
    private byte[] bytes;
    /** The offset in the file of {@code bytes[0]}. */
    private long base;
    /** The bytes read into the buffer. */
    private int limit;

    /**
     * Opens the file; reads nothing yet.
     *
     * @param path the file
     * @param file the file's name in messages
     * @param from the first byte of the range
     * @param to the byte after the range, or -1 for the end of the file
     * @param size the initial size of the buffer, 1 or more (small only in tests)
     * @param maxSize the size the buffer may grow to, {@code size} or more
     * @throws UncheckedIOException if the file cannot be opened
     */
    ByteRangeBuffer(Path path, String file, long from, long to, int size, int maxSize) {
        this.file = file;
        this.maxSize = maxSize;
        this.end = to < 0 ? Long.MAX_VALUE : to;
        this.position = from;
        this.base = from;
        try {
            this.channel = FileChannel.open(path, StandardOpenOption.READ);
        } catch (IOException e) {
            throw unreadable(e);
        }
        try {
            // A small table (or part) needs no larger buffer than itself.
            this.bytes = new byte[(int) Math.max(1, Math.min(size, Math.min(end, channel.size()) - from + 1))];
        } catch (IOException e) {
            close();
            throw unreadable(e);
        }
    }

    /**
     * Skips a UTF-8 byte-order mark at the start of the file, if the range starts there
     * and nothing is read yet.
     *
     * @return true if there was one
     * @throws UncheckedIOException if the file cannot be read
     */
    boolean skipUtf8ByteOrderMark() {
        if (position != 0) {
            return false;
        }
        ByteBuffer head = ByteBuffer.allocate(3);
        try {
            while (head.hasRemaining() && channel.read(head, head.position()) > 0) {
                // read until three bytes or the end of the file
            }
        } catch (IOException e) {
            throw unreadable(e);
        }
        if (head.position() == 3 && (head.get(0) & 0xFF) == 0xEF && (head.get(1) & 0xFF) == 0xBB
                && (head.get(2) & 0xFF) == 0xBF && end >= 3) {
            position = 3;
            base = 3;
            return true;
        }
        return false;
    }

    /**
     * Keeps the bytes from {@code keepFrom}, which then start at index 0, and reads more of
     * the range after them.
     *
     * @param keepFrom the first byte still needed, 0 to {@link #limit()}
     * @return false, reading nothing, if the bytes kept fill a buffer that may grow no more
     * @throws UncheckedIOException if the file cannot be read
     */
    boolean readMore(int keepFrom) {
        if (!makeRoom(keepFrom)) {
            return false;
        }
        int room = (int) Math.min(bytes.length - limit, end - position);
        int n;
        try {
            n = room <= 0 ? -1 : channel.read(ByteBuffer.wrap(bytes, limit, room), position);
        } catch (IOException e) {
            throw unreadable(e);
        }
        if (n <= 0) {
            reachedEnd = true;
        } else {
            limit += n;
            position += n;
        }
        return true;
    }

    /** Moves the bytes kept to the start, or grows the buffer if they fill it; false if it may grow no more. */
    private boolean makeRoom(int keepFrom) {
        if (keepFrom > 0) {
            int kept = limit - keepFrom;
            System.arraycopy(bytes, keepFrom, bytes, 0, kept);
            base += keepFrom;
            limit = kept;
        } else if (limit == bytes.length) {
            if (bytes.length >= maxSize) {
                return false;
            }
            bytes = Arrays.copyOf(bytes, (int) Math.min(maxSize, Math.max(16, 2L * bytes.length)));
        }
        return true;
    }

    /** @return the buffer; another array after {@link #readMore} grew it */
    byte[] bytes() {
        return bytes;
    }

    /** @return the bytes read into the buffer */
    int limit() {
        return limit;
    }

    /** @return true once a read found no more bytes in the range: those up to {@link #limit()} are the last */
    boolean reachedEnd() {
        return reachedEnd;
    }

    /** @return the offset in the file of the byte at {@code index} of the buffer */
    long offsetOf(int index) {
        return base + index;
    }

    private UncheckedIOException unreadable(IOException e) {
        return new UncheckedIOException(file + ": " + e.getMessage(), e);
    }

    /** Closes the file. */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw unreadable(e);
        }
    }
}

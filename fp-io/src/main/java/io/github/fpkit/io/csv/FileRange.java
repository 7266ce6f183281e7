package io.github.fpkit.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The bytes of a file from one offset to another, as a stream: one part of a table
 * read by its own thread. Used by one thread at a time.
 */
final class FileRange extends InputStream {
    private final FileChannel channel;
    private long remaining;

    /**
     * @param path the file
     * @param from the first byte, 0 or more
     * @param to the byte after the last, or -1 for the end of the file
     */
    FileRange(Path path, long from, long to) throws IOException {
        this.channel = FileChannel.open(path, StandardOpenOption.READ);
        channel.position(from);
        this.remaining = to < 0 ? Long.MAX_VALUE : to - from;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (remaining <= 0) {
            return -1;
        }
        int n = channel.read(ByteBuffer.wrap(buffer, offset, (int) Math.min(length, remaining)));
        if (n > 0) {
            remaining -= n;
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}

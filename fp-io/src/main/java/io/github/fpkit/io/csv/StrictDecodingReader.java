package io.github.fpkit.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Decodes bytes with a decoder that reports, never replaces, invalid input, keeping
 * the byte offset so that the error can name it, and its line (counted in the file only
 * when an invalid byte is found, not for every character read). A UTF-8 byte-order mark is
 * skipped when reading UTF-8 and is an error in any other encoding (the file is UTF-8).
 */
final class StrictDecodingReader extends Reader {
    private static final int BUFFER = 16 * 1024;

    private final InputStream in;
    private final String file;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    /** Offset in the file of {@code bytes}' index 0. */
    private long base;
    /** The file, to count the lines before an invalid byte: only then, not for every character read. */
    private final Path path;
    private boolean endOfInput;
    private boolean flushed;
    /** An invalid byte found after characters still to be returned; thrown by the next read. */
    private InvalidEncodingException pending;

    /**
     * @param base the offset in the file of the stream's first byte; a byte-order mark is looked for only at 0
     * @param path the file the stream reads, to name the line of an invalid byte
     */
    StrictDecodingReader(InputStream in, String file, Charset charset, long base, Path path) throws IOException {
        this.in = in;
        this.base = base;
        this.path = path;
        this.file = file;
        this.charset = charset;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
        fill();
        if (base == 0) {
            skipByteOrderMark();
        }
    }

    private void skipByteOrderMark() throws IOException {
        while (bytes.remaining() < 3 && !endOfInput) {
            fill();
        }
        if (bytes.remaining() >= 3 && (bytes.get(0) & 0xFF) == 0xEF && (bytes.get(1) & 0xFF) == 0xBB
                && (bytes.get(2) & 0xFF) == 0xBF) {
            if (!charset.equals(StandardCharsets.UTF_8)) {
                throw new InvalidEncodingException(file, 1, 0, charset,
                        "the file starts with a UTF-8 byte-order mark but is read as " + charset.name() + "; read it as UTF-8");
            }
            bytes.position(3);
        }
    }

    /** Reads more bytes after those not yet decoded; sets {@code endOfInput} at the end of the stream. */
    private void fill() throws IOException {
        base += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (pending != null) {
            throw pending;
        }
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (true) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                int decoded = out.position() - offset;
                pending = invalid(base + bytes.position());
                if (decoded == 0) {
                    throw pending;
                }
                return decoded;
            }
            if (out.position() > offset || result.isOverflow()) {
                break;
            }
            if (endOfInput) {
                if (!flushed) {
                    decoder.flush(out);
                    flushed = true;
                }
                break;
            }
            fill();
        }
        int n = out.position() - offset;
        return n == 0 ? -1 : n;
    }

    private InvalidEncodingException invalid(long offset) {
        String other = charset.equals(StandardCharsets.UTF_8) ? "GBK or GB18030" : "UTF-8";
        return new InvalidEncodingException(file, lineAt(offset), offset, charset,
                "byte offset " + offset + " is not valid " + charset.name() + "; is the file " + other
                        + "? (choose the encoding when opening the register)");
    }

    /**
     * @return the line of a byte offset: 1 + the line feeds before it (a line feed byte is
     *     a line feed in UTF-8, GBK and GB18030 alike)
     */
    private long lineAt(long offset) {
        long lineFeeds = 0;
        try (InputStream file = new FileRange(path, 0, offset)) {
            byte[] buffer = new byte[BUFFER];
            for (int n = file.read(buffer, 0, buffer.length); n > 0; n = file.read(buffer, 0, buffer.length)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lineFeeds++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(this.file + ": " + e.getMessage(), e);
        }
        return lineFeeds + 1;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

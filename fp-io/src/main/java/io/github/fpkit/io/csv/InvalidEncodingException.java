package io.github.fpkit.io.csv;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * A file holds bytes that are not valid in the encoding it is read with. Nothing is
 * replaced and read on: the message names the file, the byte offset (from the start of
 * the file, 0-based), the line and an encoding to try instead.
 */
public final class InvalidEncodingException extends CsvFormatException {
    private static final long serialVersionUID = 1L;

    private final long byteOffset;
    private final transient Charset charset;

    /**
     * @param file the file, as opened, not null
     * @param line the line the bytes are on, 1 or more
     * @param byteOffset the offset of the first invalid byte, 0 or more
     * @param charset the encoding the file was read with, not null
     * @param reason what is wrong and what to try, not null
     */
    public InvalidEncodingException(String file, long line, long byteOffset, Charset charset, String reason) {
        super(file, line, reason);
        this.byteOffset = byteOffset;
        this.charset = Objects.requireNonNull(charset, "charset");
    }

    /** @return the 0-based offset of the first invalid byte in the file */
    public long byteOffset() {
        return byteOffset;
    }

    /** @return the encoding the file was read with */
    public Charset charset() {
        return charset;
    }
}

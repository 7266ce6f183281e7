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

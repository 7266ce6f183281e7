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
package io.github.fpkit.io.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import tools.jackson.core.exc.JacksonIOException;

/** Jackson wraps I/O failures in its own unchecked exception; fpkit's readers and writers throw {@link UncheckedIOException}. */
final class JsonIoFailure {
    private JsonIoFailure() {
    }

    /**
     * @param source the file or label of the input or output
     * @param e Jackson's exception
     * @return the failure as fpkit reports I/O failures, naming the source
     */
    static UncheckedIOException of(String source, JacksonIOException e) {
        IOException cause = e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
        return new UncheckedIOException(source + ": " + cause.getMessage(), cause);
    }
}

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
        IOException cause = e.getCause() instanceof IOException ? (IOException) e.getCause() : new IOException(e.getMessage(), e);
        return new UncheckedIOException(source + ": " + cause.getMessage(), cause);
    }
}

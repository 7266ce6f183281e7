package io.github.fpkit.io.csv;

import java.util.Objects;

/**
 * Thrown in strict mode at the first rejected row; its {@link RowError} names the file,
 * line, column, value (masked if personal) and reason.
 */
public final class RowErrorException extends CsvFormatException {
    private static final long serialVersionUID = 1L;

    private final transient RowError rowError;

    /**
     * @param rowError the rejected row, not null
     */
    public RowErrorException(RowError rowError) {
        super(rowError.file(), rowError.line(), rowError.column().map(c -> "column " + c + ", ").orElse("")
                + "value '" + rowError.value() + "': " + rowError.reason());
        this.rowError = Objects.requireNonNull(rowError, "rowError");
    }

    /** @return the rejected row */
    public RowError rowError() {
        return rowError;
    }
}

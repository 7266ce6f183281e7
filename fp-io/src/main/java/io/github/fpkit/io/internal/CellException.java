package io.github.fpkit.io.internal;

/**
 * A cell's text is not a value of its column's type. Carries only the reason: the reader
 * that catches it knows the file, line, column and raw value.
 */
public final class CellException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * @param reason why the text is not a value, not null
     */
    public CellException(String reason) {
        super(reason);
    }

    /** @return why the text is not a value */
    public String reason() {
        return getMessage();
    }
}

package io.github.fpkit.spark;

/**
 * A register that Spark cannot read as a register: a missing folder or table, an
 * unreadable path, a period or option it cannot use. The message names the path and the cause.
 */
public final class SparkRegisterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String reason;

    /**
     * @param path the path concerned, not null
     * @param reason why, not null
     */
    public SparkRegisterException(String path, String reason) {
        super(path + ": " + reason);
        this.path = path;
        this.reason = reason;
    }

    /** @return the path concerned */
    public String path() {
        return path;
    }

    /** @return why it cannot be used */
    public String reason() {
        return reason;
    }
}

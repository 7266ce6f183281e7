package io.github.fpkit.model.register;

/** How serious a finding is. */
public enum Severity {
    /** The record is wrong: it breaks a rule of the register format. */
    ERROR,
    /** The record is implausible and deserves a look, but may be right. */
    WARNING;

    /** @return the lowercase code, {@code "error"} or {@code "warning"} */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

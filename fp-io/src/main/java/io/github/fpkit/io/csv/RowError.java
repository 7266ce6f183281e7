package io.github.fpkit.io.csv;

import java.util.Objects;
import java.util.Optional;

/**
 * Why one row of a CSV file was rejected: the file, the physical line the row starts on
 * (a quoted cell spanning lines counts all of its lines; the header is line 1), the
 * column (the canonical name of the register format), the raw cell text and the reason.
 *
 * <p>A resident identity number appears masked in {@link #value()} and in
 * {@link #toString()}. Immutable and thread-safe.
 *
 * <pre>{@code
 * RowError e = source.rowErrors().get(0);
 * e.file();   // "…/women.csv"
 * e.line();   // 12
 * e.column(); // Optional[birth_date]
 * e.value();  // "2009-02-29"
 * e.reason(); // "not a real date: …"
 * }</pre>
 */
public final class RowError {
    private final String file;
    private final long line;
    private final String column;
    private final String value;
    private final String reason;

    private RowError(String file, long line, String column, String value, String reason) {
        this.file = file;
        this.line = line;
        this.column = column;
        this.value = value;
        this.reason = reason;
    }

    /**
     * Creates a row error.
     *
     * @param file the file, as opened, not null
     * @param line the physical line the row starts on, 1 or more
     * @param column the column's canonical name, or null if the error concerns the whole row
     * @param value the raw cell text, already masked if personal, not null
     * @param reason why the row was rejected, not null
     * @return the row error
     * @throws IllegalArgumentException if {@code line} is less than 1
     */
    public static RowError of(String file, long line, String column, String value, String reason) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more: " + line);
        }
        return new RowError(file, line, column, value, reason);
    }

    /** @return the file, as opened */
    public String file() {
        return file;
    }

    /** @return the physical line the row starts on, 1 or more */
    public long line() {
        return line;
    }

    /** @return the column's canonical name, empty if the error concerns the whole row */
    public Optional<String> column() {
        return Optional.ofNullable(column);
    }

    /** @return the raw cell text (masked if it is a resident identity number); empty for a missing value */
    public String value() {
        return value;
    }

    /** @return why the row was rejected */
    public String reason() {
        return reason;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RowError)) {
            return false;
        }
        RowError e = (RowError) o;
        return file.equals(e.file) && line == e.line && Objects.equals(column, e.column) && value.equals(e.value)
                && reason.equals(e.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, line, column, value, reason);
    }

    /** @return for example {@code women.csv line 12, column birth_date, value '2009-02-29': not a real date} */
    @Override
    public String toString() {
        return file + " line " + line + (column == null ? "" : ", column " + column) + ", value '" + value + "': " + reason;
    }
}

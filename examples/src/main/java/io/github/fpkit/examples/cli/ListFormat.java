package io.github.fpkit.examples.cli;

import java.util.Locale;

/** The output formats of the commands that list problems ({@code fp validate}, {@code fp audit}). */
enum ListFormat {
    /** Aligned columns and a closing count. */
    TABLE,
    /** A JSON array of objects. */
    JSON;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package io.github.fpkit.synthetic;

/**
 * Consecutive record ids of one table: a letter and a zero-padded number,
 * {@code W0000001}, {@code W0000002}, …; numbers past 9999999 simply get longer, so ids
 * stay unique. Not thread-safe.
 */
final class IdSequence {
    private static final int WIDTH = 7;

    private final char prefix;
    private long next = 1;

    IdSequence(char prefix) {
        this.prefix = prefix;
    }

    /** @return the next id */
    String next() {
        String digits = Long.toString(next++);
        StringBuilder id = new StringBuilder(WIDTH + 1).append(prefix);
        for (int i = digits.length(); i < WIDTH; i++) {
            id.append('0');
        }
        return id.append(digits).toString();
    }
}

package io.github.fpkit.model;

/**
 * A value with a stable lowercase English code (used in files, JSON and the CLI)
 * and a Chinese name, as every enumeration of the register format has.
 */
public interface Coded {
    /** @return the canonical lowercase English code, for example {@code "female_sterilization"} */
    String code();

    /** @return the Chinese name, for example {@code "女扎"} */
    String chineseName();
}

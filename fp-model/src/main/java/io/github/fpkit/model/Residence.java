package io.github.fpkit.model;

import java.util.List;

/**
 * Residence type of a registered woman; {@code resident} is the default.
 *
 * <p>{@link #parse(CharSequence)} accepts the code or any Chinese label of the register
 * format, case-insensitively.
 */
public enum Residence implements Coded {
    /** 常住. */
    RESIDENT("resident", "常住"),
    /** 流入. */
    INFLOW("inflow", "流入"),
    /** 省内流出. */
    OUTFLOW_IN_PROVINCE("outflow_in_province", "省内流出"),
    /** 省外流出. */
    OUTFLOW_OUT_OF_PROVINCE("outflow_out_of_province", "省外流出");

    private static final CodeTable<Residence> TABLE = new CodeTable<>("residence", Residence.class, c -> c.labels);

    private final String code;
    private final List<String> labels;

    Residence(String code, String... labels) {
        this.code = code;
        this.labels = List.of(labels);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String chineseName() {
        return labels.get(0);
    }

    /** @return the Chinese labels accepted for this value, the preferred first */
    public List<String> labels() {
        return labels;
    }

    /**
     * Parses a code or label.
     *
     * @param text the code or a label, not null
     * @return the value
     * @throws InvalidValueException if the text is no code or label of this type
     */
    public static Residence parse(CharSequence text) {
        return TABLE.parse(text);
    }

    @Override
    public String toString() {
        return code;
    }
}

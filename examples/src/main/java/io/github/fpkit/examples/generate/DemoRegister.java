package io.github.fpkit.examples.generate;

import io.github.fpkit.model.register.Register;

/**
 * The demo register bundled with fpkit: one generated township, 第1乡 of 模拟县, with
 * {@value #VILLAGES} villages, {@value #WOMEN} women and about 11,000 people, for the
 * statistical year 2009SY, from a fixed seed, so that it is the same on every build.
 *
 * <pre>{@code
 * Register demo = DemoRegister.register();
 * demo.women().count(); // 3300
 * }</pre>
 *
 * <p>The command line writes it to the folder {@value #RESOURCE_FOLDER} of the examples'
 * resources.
 */
public final class DemoRegister {
    /** The seed: the first day of the statistical year 2009SY. */
    public static final long SEED = 20081001L;
    /** The number of women of the demo register. */
    public static final int WOMEN = 3300;
    /** The number of villages, all in one township. */
    public static final int VILLAGES = 11;
    /** The folder of the examples' resources the demo register is written to. */
    public static final String RESOURCE_FOLDER = "demo";

    private DemoRegister() {
    }

    /** @return the settings of the demo register: its women, villages and seed, with the defaults otherwise */
    public static GeneratorSettings settings() {
        return GeneratorSettings.builder().women(WOMEN).villages(VILLAGES).seed(SEED).build();
    }

    /** @return the demo register, generated anew in memory */
    public static Register register() {
        return RegisterGenerator.of(settings()).toRegister();
    }
}

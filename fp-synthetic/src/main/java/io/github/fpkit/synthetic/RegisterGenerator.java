/*
 * Copyright 2026 the fpkit authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.fpkit.synthetic;

import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * Generates a realistic synthetic register of a rural county in every table of the
 * register format, deterministically from {@link GeneratorSettings}.
 *
 * <p>The women (ages 0 to 80, mostly 15 to 60) are generated one by one, each from a
 * random stream derived from the seed and her index alone, with her marriage, births,
 * contraception, pregnancies, surgeries and health checks; the villages' deaths and
 * population counts follow. Records go to a {@link RegisterSink} as soon as they are made,
 * so memory does not grow with the number of women (only a few counters per village and
 * the resident identity numbers' sequence slots per birth day are kept), and three million
 * women can be written to files. See {@link RegisterSink} for
 * the order of the calls.
 *
 * <p>The same settings always give the same records in the same order, on any machine.
 * Every record is valid, and the whole register has no finding by
 * {@link Register#check()}. Ids are {@code W0000001}, {@code B0000001},
 * {@code P0000001}, {@code D0000001}, {@code H0000001}, in order of generation; about 80 %
 * of the women have a resident identity number, no two the same, whose birth date is hers
 * and whose area is the county's (or a following code, once 500 women born on one day have
 * used the county's). No event lies after the reference date.
 *
 * <pre>{@code
 * GeneratorSettings settings = GeneratorSettings.builder().women(20_000).seed(7).build();
 * try (RegisterSink sink = new InMemoryRegisterSink()) {
 *     Map<RegisterTable, Long> counts = RegisterGenerator.of(settings).generate(sink);
 *     counts.get(RegisterTable.WOMEN); // 20000
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe: concurrent calls of {@link #generate} with different sinks
 * are independent.
 */
public final class RegisterGenerator {
    private final GeneratorSettings settings;

    private RegisterGenerator(GeneratorSettings settings) {
        this.settings = settings;
    }

    /**
     * @param settings what to generate, not null
     * @return a generator
     */
    public static RegisterGenerator of(GeneratorSettings settings) {
        return new RegisterGenerator(Objects.requireNonNull(settings, "settings"));
    }

    /** @return the settings */
    public GeneratorSettings settings() {
        return settings;
    }

    /**
     * Generates the register into a sink, which it does not close.
     *
     * @param sink receives every record, not null
     * @return the number of records given to the sink per table; every table is a key
     * @throws RuntimeException whatever the sink throws (for example
     *     {@link java.io.UncheckedIOException}), unchanged; generation stops there
     */
    public Map<RegisterTable, Long> generate(RegisterSink sink) {
        return generate(sink, women -> { });
    }

    /**
     * Generates the register into a sink, which it does not close, telling a progress
     * display how far it has come.
     *
     * <pre>{@code
     * generator.generate(sink, done -> System.err.print("\r" + done + " of " + settings.women() + " women"));
     * }</pre>
     *
     * @param sink receives every record, not null
     * @param womenDone told, after each woman and her records, how many women are done
     *     (1 to {@link GeneratorSettings#women()}), not null; what follows the last woman
     *     (the villages' other deaths and population counts) takes a small part of the time
     * @return the number of records given to the sink per table; every table is a key
     * @throws RuntimeException whatever the sink or {@code womenDone} throws, unchanged; generation stops there
     */
    public Map<RegisterTable, Long> generate(RegisterSink sink, LongConsumer womenDone) {
        Objects.requireNonNull(womenDone, "womenDone");
        CountingSink counting = new CountingSink(Objects.requireNonNull(sink, "sink"));
        AreaPlan plan = new AreaPlan(settings);
        plan.emitAreas(counting::accept);

        VillageTally tally = new VillageTally(plan.villages());
        IdSequence deathIds = new IdSequence('D');
        WomanGenerator women = new WomanGenerator(settings, counting, tally, deathIds);
        for (int v = 0; v < plan.villages(); v++) {
            int first = plan.firstWoman(v);
            for (int i = first; i < first + plan.women(v); i++) {
                women.generate(i, v, plan.village(v), i == first);
                womenDone.accept(i + 1L);
            }
        }
        VillagePopulation population = new VillagePopulation(settings, counting, tally, deathIds);
        for (int v = 0; v < plan.villages(); v++) {
            population.emit(v, plan.village(v));
        }
        return counting.counts();
    }

    /**
     * Generates the register into memory: for tests and small registers only.
     *
     * @return the register, with every table
     */
    public Register toRegister() {
        InMemoryRegisterSink sink = new InMemoryRegisterSink();
        generate(sink);
        return sink.toRegister();
    }
}

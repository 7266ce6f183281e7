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
package io.github.fpkit.testkit;

import java.util.List;
import java.util.Objects;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Configuration;
import org.quicktheories.core.ExceptionReporter;
import org.quicktheories.core.Reporter;

/**
 * Where fpkit's properties get QuickTheories, so that every failing run can be replayed.
 *
 * <p>QuickTheories 0.26 draws a new seed for each property from the clock, unless the
 * system property {@value #SEED} holds one, and ends the message of a falsified property
 * with {@code Seed was N}. {@link #qt()} keeps both and adds to that message the option
 * that replays the run: Maven passes its {@code -D} options on to the tests, so
 *
 * <pre>{@code
 * mvn -o test -pl fp-model,fp-testkit,fp-indicators -Dtest=PropertiesTest#property_mergeIsAssociative -DQT_SEED=N -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 *
 * draws the same examples again, as long as the property's generators take all their
 * randomness from QuickTheories (the kit's do; a generator that needs a
 * {@link java.util.Random} seeds it with a value drawn by QuickTheories, as
 * {@link CountyRegisters#register(long)} does). fp-model's own tests cannot use the kit;
 * their plain {@code QuickTheory.qt()} reads {@value #SEED} in the same way.
 *
 * <pre>{@code
 * Theories.qt().withExamples(Theories.ALGEBRAIC).forAll(CountyRegisters.registers()).checkAssert(...);
 * }</pre>
 */
public final class Theories {
    /** The system property that gives a seed back to QuickTheories. */
    public static final String SEED = "QT_SEED";

    /**
     * The examples of an algebraic property (merge, roll-up, round trips) at least: its
     * failures hide in rare combinations, which a few dozen examples seldom reach.
     */
    public static final int ALGEBRAIC = 200;

    private Theories() {
    }

    /**
     * @return QuickTheories with the seed of {@value #SEED}, if set, else a fresh one; a
     *         falsified property's message names the seed and how to give it back
     */
    public static QuickTheory qt() {
        return QuickTheory.qt(() -> Configuration.systemStrategy().withReporter(new Replay(new ExceptionReporter())));
    }

    /** QuickTheories' report of a falsified property, with the option that replays it. */
    private static final class Replay implements Reporter {
        private final Reporter report;

        Replay(Reporter report) {
            this.report = Objects.requireNonNull(report, "report");
        }

        @Override
        public void falisification(long seed, int examplesUsed, Object smallest, Throwable cause, List<Object> others,
                AsString<Object> toString) {
            try {
                report.falisification(seed, examplesUsed, smallest, cause, others, toString);
            } catch (AssertionError e) {
                throw replayable(e, seed);
            }
        }

        @Override
        public void falisification(long seed, int examplesUsed, Object smallest, List<Object> others,
                AsString<Object> toString) {
            try {
                report.falisification(seed, examplesUsed, smallest, others, toString);
            } catch (AssertionError e) {
                throw replayable(e, seed);
            }
        }

        @Override
        public void valuesExhausted(int examplesFound) {
            report.valuesExhausted(examplesFound);
        }

        private static AssertionError replayable(AssertionError e, long seed) {
            AssertionError replayable = new AssertionError(e.getMessage() + System.lineSeparator()
                    + "Replay it: run this test again with -D" + SEED + "=" + seed, e.getCause());
            replayable.setStackTrace(e.getStackTrace());
            return replayable;
        }
    }
}

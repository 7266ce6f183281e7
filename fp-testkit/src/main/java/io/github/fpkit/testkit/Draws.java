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

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * The single draws the kit's generators are written with, each taken from QuickTheories'
 * source of randomness, so that a generator written with them (inside the kit or in a
 * module's own test support) is reproduced and shrunk by QuickTheories like the kit's.
 *
 * <pre>{@code
 * Gen<Sex> sexes = in -> Draws.oneOf(in, Sex.values());
 * }</pre>
 */
public final class Draws {
    private Draws() {
    }

    /**
     * @param in the source of randomness, not null
     * @param low the smallest value
     * @param high the largest value, not below {@code low}
     * @return an int in [low, high], both included
     */
    public static int between(RandomnessSource in, int low, int high) {
        return integers().between(low, high).generate(in);
    }

    /**
     * @param in the source of randomness, not null
     * @return true or false, equally likely
     */
    public static boolean flip(RandomnessSource in) {
        return between(in, 0, 1) == 1;
    }

    /**
     * @param <E> the type of the values
     * @param in the source of randomness, not null
     * @param values the values to choose from, not empty
     * @return one of the values, each equally likely
     */
    public static <E> E oneOf(RandomnessSource in, E[] values) {
        return values[between(in, 0, values.length - 1)];
    }

    /**
     * @param <T> the type of the value
     * @param in the source of randomness, not null
     * @param gen the generator of the value, not null
     * @return a generated value or empty, equally likely
     */
    public static <T> Optional<T> maybe(RandomnessSource in, Gen<T> gen) {
        return flip(in) ? Optional.of(gen.generate(in)) : Optional.empty();
    }
}

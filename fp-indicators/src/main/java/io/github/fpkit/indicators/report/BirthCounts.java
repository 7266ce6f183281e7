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
package io.github.fpkit.indicators.report;

import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The live births of an aggregate report (JSON {@code births}): in total, by birth order,
 * by sex, and in or out of policy. Every count is optional; a stated one is 0 or more.
 *
 * <pre>{@code
 * BirthCounts b = BirthCounts.builder().total(242).order1(150).order2(84).order3Plus(8)
 *     .male(128).female(114).inPolicy(229).outOfPolicy(13).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class BirthCounts {
    BirthCounts() {
    }

    /** @return live births (出生人数), if stated */
    public abstract OptionalLong total();

    /** @return first births (一孩), if stated */
    public abstract OptionalLong order1();

    /** @return second births (二孩), if stated */
    public abstract OptionalLong order2();

    /** @return third and higher births (多孩), if stated */
    public abstract OptionalLong order3Plus();

    /** @return male births, if stated */
    public abstract OptionalLong male();

    /** @return female births, if stated */
    public abstract OptionalLong female();

    /** @return births in policy (符合政策生育), if stated */
    public abstract OptionalLong inPolicy();

    /** @return births out of policy (政策外生育), if stated */
    public abstract OptionalLong outOfPolicy();

    /** @return true if no count is stated */
    public boolean isEmpty() {
        return this.equals(empty());
    }

    /** @return counts stating nothing */
    public static BirthCounts empty() {
        return builder().build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link BirthCounts}; {@code build()} throws {@code InvalidValueException} for a negative count. */
    public static final class Builder extends ImmutableBirthCounts.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        CountCheck.requireNonNegative("births.total", total());
        CountCheck.requireNonNegative("births.order1", order1());
        CountCheck.requireNonNegative("births.order2", order2());
        CountCheck.requireNonNegative("births.order3Plus", order3Plus());
        CountCheck.requireNonNegative("births.male", male());
        CountCheck.requireNonNegative("births.female", female());
        CountCheck.requireNonNegative("births.inPolicy", inPolicy());
        CountCheck.requireNonNegative("births.outOfPolicy", outOfPolicy());
    }
}

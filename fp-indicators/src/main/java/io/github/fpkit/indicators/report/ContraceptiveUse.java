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

import io.github.fpkit.model.ContraceptiveMethod;
import java.math.BigInteger;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Contraceptive users among the married WRA of an aggregate report (JSON
 * {@code contraception}): the users in total (落实节育措施人数) and by method.
 *
 * <p>The split by method is stated as a whole: when any method is listed, a method not
 * listed counts as 0 users (reports list the methods in use). An empty map means the
 * split is not stated. Every count is 0 or more.
 *
 * <pre>{@code
 * ContraceptiveUse c = ContraceptiveUse.builder().users(1368)
 *     .putByMethod(ContraceptiveMethod.IUD, 870)
 *     .putByMethod(ContraceptiveMethod.FEMALE_STERILIZATION, 498).build();
 * c.longActingUsers(); // 1368 (a BigInteger)
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ContraceptiveUse {
    ContraceptiveUse() {
    }

    /** @return married WRA using a method, if stated */
    public abstract OptionalLong users();

    /** @return users by method; empty when the split is not stated */
    public abstract Map<ContraceptiveMethod, Long> byMethod();

    /** @return true if the split by method is stated */
    public boolean isSplitStated() {
        return !byMethod().isEmpty();
    }

    /**
     * @param method a method, not null
     * @return the users of that method, 0 if the method is not listed
     */
    public long usersOf(ContraceptiveMethod method) {
        Objects.requireNonNull(method, "method");
        return byMethod().getOrDefault(method, 0L);
    }

    /**
     * @return the sum of the split by method, exact even where inconsistent counts add up
     *         beyond {@code Long.MAX_VALUE}; 0 if the split is not stated
     */
    public BigInteger splitTotal() {
        return byMethod().values().stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
    }

    /**
     * @return users of sterilisation, IUD or implant in the split, exact even beyond
     *         {@code Long.MAX_VALUE}; 0 if the split is not stated
     */
    public BigInteger longActingUsers() {
        return byMethod().entrySet().stream().filter(e -> e.getKey().isLongActing()).map(e -> BigInteger.valueOf(e.getValue()))
                .reduce(BigInteger.ZERO, BigInteger::add);
    }

    /** @return true if nothing is stated */
    public boolean isEmpty() {
        return this.equals(empty());
    }

    /** @return use stating nothing */
    public static ContraceptiveUse empty() {
        return builder().build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ContraceptiveUse}; {@code build()} throws {@code InvalidValueException} for a negative count. */
    public static final class Builder extends ImmutableContraceptiveUse.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        CountCheck.requireNonNegative("contraception.users", users());
        CountCheck.requireNonNegative("contraception.byMethod", byMethod());
    }
}

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

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One subsidy programme in an aggregate report: reward subsidies for rural family-planning
 * families (JSON {@code rewardSubsidy}, 奖励扶助) or special assistance to families whose
 * only child died or is disabled ({@code specialAssistanceBereaved},
 * {@code specialAssistanceDisabled}, 特别扶助). It states the beneficiaries, the amount per
 * beneficiary for the report's period, and the total paid, in yuan. The total should be
 * exactly beneficiaries × standard; amounts are exact decimals, never rounded.
 * Validation errors name the field without its programme (for example
 * {@code beneficiaries}); the JSON reader adds the programme.
 *
 * <pre>{@code
 * Subsidy s = Subsidy.builder().beneficiaries(312)
 *     .standardPerPerson(new BigDecimal("720")).statedTotal(new BigDecimal("224640")).build();
 * s.expectedTotal(); // Optional[224640]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Subsidy {
    Subsidy() {
    }

    /** @return the people paid, if stated; 0 or more */
    public abstract OptionalLong beneficiaries();

    /** @return the amount per beneficiary for the report's period in yuan, if stated; 0 or more */
    public abstract Optional<BigDecimal> standardPerPerson();

    /** @return the total paid in yuan as the report states it, if stated; 0 or more */
    public abstract Optional<BigDecimal> statedTotal();

    /** @return beneficiaries × standard, exact; empty unless both are stated */
    public Optional<BigDecimal> expectedTotal() {
        if (beneficiaries().isEmpty() || standardPerPerson().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(standardPerPerson().get().multiply(BigDecimal.valueOf(beneficiaries().getAsLong())));
    }

    /** @return true if nothing is stated */
    public boolean isEmpty() {
        return this.equals(empty());
    }

    /** @return a programme stating nothing */
    public static Subsidy empty() {
        return builder().build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Subsidy}; {@code build()} throws {@code InvalidValueException} for a negative figure. */
    public static final class Builder extends ImmutableSubsidy.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        CountCheck.requireNonNegative("beneficiaries", beneficiaries());
        CountCheck.requireNonNegative("standardPerPerson", standardPerPerson());
        CountCheck.requireNonNegative("statedTotal", statedTotal());
    }
}

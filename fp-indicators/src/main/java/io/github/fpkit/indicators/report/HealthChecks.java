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
 * The reproductive health checks of an aggregate report (JSON {@code healthChecks},
 * 查环查孕): married WRA due for a check (应检) and checked (已检). Each count is optional;
 * a stated one is 0 or more.
 *
 * <pre>{@code
 * HealthChecks h = HealthChecks.builder().due(1420).done(1389).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class HealthChecks {
    HealthChecks() {
    }

    /** @return women due for a check, if stated */
    public abstract OptionalLong due();

    /** @return women checked, if stated */
    public abstract OptionalLong done();

    /** @return true if nothing is stated */
    public boolean isEmpty() {
        return this.equals(empty());
    }

    /** @return checks stating nothing */
    public static HealthChecks empty() {
        return builder().build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link HealthChecks}; {@code build()} throws {@code InvalidValueException} for a negative count. */
    public static final class Builder extends ImmutableHealthChecks.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        CountCheck.requireNonNegative("healthChecks.due", due());
        CountCheck.requireNonNegative("healthChecks.done", done());
    }
}

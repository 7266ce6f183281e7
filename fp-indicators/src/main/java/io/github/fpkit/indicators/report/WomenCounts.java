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
 * The women of reproductive age in an aggregate report (JSON {@code women}): all WRA,
 * married WRA, married WRA by the number of their live-born children, and two subsets:
 * one-child families (独生子女户, among the one-child women) and two-daughter families
 * (双女户, among the two-child women). Every count is optional; a stated one is 0 or more.
 *
 * <pre>{@code
 * WomenCounts w = WomenCounts.builder().married(1500)
 *     .parity0(130).parity1(520).parity2(760).parity3Plus(90).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class WomenCounts {
    WomenCounts() {
    }

    /** @return women aged 15–49 (育龄妇女), married or not, if stated */
    public abstract OptionalLong wra();

    /** @return married women aged 15–49 (已婚育龄妇女), if stated */
    public abstract OptionalLong married();

    /** @return married WRA with no live-born child (无孩), if stated */
    public abstract OptionalLong parity0();

    /** @return married WRA with one live-born child (一孩), if stated */
    public abstract OptionalLong parity1();

    /** @return married WRA with two live-born children (二孩), if stated */
    public abstract OptionalLong parity2();

    /** @return married WRA with three or more live-born children (多孩), if stated */
    public abstract OptionalLong parity3Plus();

    /**
     * @return one-child families among the one-child married WRA (独生子女户), if stated: a
     *         count of married WRA whose family is a one-child family, one per woman — not
     *         every household with one child (so never reported as ONE_CHILD_HOUSEHOLDS)
     */
    public abstract OptionalLong oneChild();

    /**
     * @return two-daughter families among the two-child married WRA (双女户), if stated: a
     *         count of married WRA whose two children are daughters, one per woman — not
     *         every two-daughter household (so never reported as TWO_DAUGHTER_HOUSEHOLDS)
     */
    public abstract OptionalLong twoDaughters();

    /** @return true if no count is stated */
    public boolean isEmpty() {
        return this.equals(empty());
    }

    /** @return counts stating nothing */
    public static WomenCounts empty() {
        return builder().build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link WomenCounts}; {@code build()} throws {@code InvalidValueException} for a negative count. */
    public static final class Builder extends ImmutableWomenCounts.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        CountCheck.requireNonNegative("women.wra", wra());
        CountCheck.requireNonNegative("women.married", married());
        CountCheck.requireNonNegative("women.parity0", parity0());
        CountCheck.requireNonNegative("women.parity1", parity1());
        CountCheck.requireNonNegative("women.parity2", parity2());
        CountCheck.requireNonNegative("women.parity3Plus", parity3Plus());
        CountCheck.requireNonNegative("women.oneChild", oneChild());
        CountCheck.requireNonNegative("women.twoDaughters", twoDaughters());
    }
}

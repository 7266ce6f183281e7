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
package io.github.fpkit.indicators.policy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One period of a {@link PolicyRules rule set}: the rule in force from its start (the first
 * regime has none: it is in force before every other) until the next regime's start, and
 * the rules of the provinces that have their own. A province is named by the first two
 * digits of its 12-digit statistical area code ({@code 44} for Guangdong).
 *
 * <pre>{@code
 * PolicyRegime twoChild = PolicyRules.china().regimeOn(LocalDate.of(2018, 1, 1));
 * twoChild.start();                  // Optional[2016-01-01]
 * twoChild.ruleFor("44").name();     // "two children"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PolicyRegime {
    private final Optional<LocalDate> start;
    private final Optional<LocalDate> end;
    private final BirthPolicyRule rule;
    private final Map<String, BirthPolicyRule> provinces;

    PolicyRegime(Optional<LocalDate> start, Optional<LocalDate> end, BirthPolicyRule rule, Map<String, BirthPolicyRule> provinces) {
        this.start = start;
        this.end = end;
        this.rule = rule;
        this.provinces = Collections.unmodifiableMap(new TreeMap<>(provinces));
    }

    /** @return the first day it is in force; empty for the first regime, in force before every other */
    public Optional<LocalDate> start() {
        return start;
    }

    /** @return the first day it is no longer in force (the next regime's start); empty for the last */
    public Optional<LocalDate> end() {
        return end;
    }

    /** @return the rule of every province without its own */
    public BirthPolicyRule rule() {
        return rule;
    }

    /** @return the provinces' own rules, by two-digit province code, in code order; unmodifiable */
    public Map<String, BirthPolicyRule> provinceRules() {
        return provinces;
    }

    /**
     * @param province a two-digit province code, not null
     * @return the province's own rule, else the regime's
     */
    public BirthPolicyRule ruleFor(String province) {
        return provinces.getOrDefault(Objects.requireNonNull(province, "province"), rule);
    }

    /**
     * @param date a date, not null
     * @return true if the regime is in force on it
     */
    public boolean isInForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return start.map(s -> !date.isBefore(s)).orElse(true) && end.map(date::isBefore).orElse(true);
    }

    /** @return for example {@code 2016-01-01 to 2021-05-30: two children} or {@code before 2016-01-01: …, 44: …} */
    @Override
    public String toString() {
        String from = start.map(s -> end.map(e -> s + " to " + e.minusDays(1)).orElse("from " + s))
                .orElse(end.map(e -> "before " + e).orElse("always"));
        StringBuilder s = new StringBuilder(from).append(": ").append(rule.name());
        provinces.forEach((p, r) -> s.append(", ").append(p).append(": ").append(r.name()));
        return s.toString();
    }
}

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
package io.github.fpkit.indicators;

import io.github.fpkit.model.Birth;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.Distribution;
import io.github.fpkit.model.HealthCheck;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.Woman;
import java.util.List;
import java.util.Objects;

/**
 * One woman's record card (育龄妇女信息卡): her {@code women.csv} row and every record of
 * the other tables that names her — her births ({@code mother_id}), contraceptive
 * episodes, pregnancies, procedures, health checks and the distributions of commodities to
 * her ({@code woman_id}; {@link #withDistributions}). The unit of the
 * per-woman decomposition: {@link Contributions#ofWoman(WomanHistory, io.github.fpkit.model.ReportingPeriod)}
 * turns it into her contribution to her area's tally, wherever it is computed.
 *
 * <pre>{@code
 * WomanHistory card = WomanHistory.of(woman, births, episodes, List.of(), List.of(), checks);
 * RegisterTally hers = Contributions.ofWoman(card, ReportingPeriod.parse("2009SY"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class WomanHistory {
    private final Woman woman;
    private final List<Birth> births;
    private final List<ContraceptiveEpisode> episodes;
    private final List<Pregnancy> pregnancies;
    private final List<Procedure> procedures;
    private final List<HealthCheck> checks;
    private final List<Distribution> distributions;

    private WomanHistory(Woman woman, List<Birth> births, List<ContraceptiveEpisode> episodes, List<Pregnancy> pregnancies,
            List<Procedure> procedures, List<HealthCheck> checks, List<Distribution> distributions) {
        this.woman = woman;
        this.births = births;
        this.episodes = episodes;
        this.pregnancies = pregnancies;
        this.procedures = procedures;
        this.checks = checks;
        this.distributions = distributions;
    }

    /**
     * @param woman the woman, not null
     * @param births her births, not null; each must name her as its mother
     * @param episodes her contraceptive episodes, not null; each must name her
     * @param pregnancies her pregnancies, not null; each must name her
     * @param procedures her procedures, not null; each must name her
     * @param checks her health checks, not null; each must name her
     * @return her record card, with no distribution ({@link #withDistributions})
     * @throws IllegalArgumentException if a record names another woman
     */
    public static WomanHistory of(Woman woman, List<Birth> births, List<ContraceptiveEpisode> episodes,
            List<Pregnancy> pregnancies, List<Procedure> procedures, List<HealthCheck> checks) {
        Objects.requireNonNull(woman, "woman");
        String id = woman.id();
        births.forEach(b -> requireHers(id, b.motherId(), "birth " + b.id()));
        episodes.forEach(e -> requireHers(id, e.womanId(), "contraceptive episode"));
        pregnancies.forEach(p -> requireHers(id, p.womanId(), "pregnancy " + p.id()));
        procedures.forEach(p -> requireHers(id, p.womanId(), "procedure"));
        checks.forEach(c -> requireHers(id, c.womanId(), "health check"));
        return new WomanHistory(woman, List.copyOf(births), List.copyOf(episodes), List.copyOf(pregnancies),
                List.copyOf(procedures), List.copyOf(checks), List.of());
    }

    /**
     * @param distributions the distributions of commodities to her ({@code distributions.csv}
     *        rows whose {@code woman_id} is hers), not null
     * @return a copy of this card with those distributions instead of its own
     * @throws IllegalArgumentException if a distribution names another woman or none
     */
    public WomanHistory withDistributions(List<Distribution> distributions) {
        distributions.forEach(d -> requireHers(woman.id(), d.womanId().orElse(""), "distribution"));
        return new WomanHistory(woman, births, episodes, pregnancies, procedures, checks, List.copyOf(distributions));
    }

    /**
     * @param woman the woman, not null
     * @return her record card with no event
     */
    public static WomanHistory of(Woman woman) {
        return of(woman, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static void requireHers(String id, String named, String record) {
        if (!id.equals(named)) {
            throw new IllegalArgumentException("the " + record + " names woman '" + named + "', not '" + id + "'");
        }
    }

    /** @return the woman */
    public Woman woman() {
        return woman;
    }

    /** @return her births; unmodifiable */
    public List<Birth> births() {
        return births;
    }

    /** @return her contraceptive episodes; unmodifiable */
    public List<ContraceptiveEpisode> episodes() {
        return episodes;
    }

    /** @return her pregnancies; unmodifiable */
    public List<Pregnancy> pregnancies() {
        return pregnancies;
    }

    /** @return her procedures; unmodifiable */
    public List<Procedure> procedures() {
        return procedures;
    }

    /** @return her health checks; unmodifiable */
    public List<HealthCheck> checks() {
        return checks;
    }

    /** @return the distributions of commodities to her; unmodifiable */
    public List<Distribution> distributions() {
        return distributions;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof WomanHistory)) {
            return false;
        }
        WomanHistory other = (WomanHistory) o;
        return woman.equals(other.woman) && births.equals(other.births) && episodes.equals(other.episodes)
                && pregnancies.equals(other.pregnancies) && procedures.equals(other.procedures) && checks.equals(other.checks)
                && distributions.equals(other.distributions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(woman, births, episodes, pregnancies, procedures, checks, distributions);
    }

    /** @return the woman and the number of her records of each kind */
    @Override
    public String toString() {
        return "WomanHistory{" + woman + ", births=" + births.size() + ", episodes=" + episodes.size() + ", pregnancies="
                + pregnancies.size() + ", procedures=" + procedures.size() + ", checks=" + checks.size()
                + ", distributions=" + distributions.size() + "}";
    }
}

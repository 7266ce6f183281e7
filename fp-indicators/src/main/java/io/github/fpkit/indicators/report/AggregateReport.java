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

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.InvalidValueException;
import io.github.fpkit.model.ReportingPeriod;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a township (or village, or county) family-planning report states for one area and
 * period: population, women of reproductive age by parity, contraceptive users, births,
 * deaths, surgeries, current pregnancies, health checks, the floating population, subsidy
 * programmes, and any rates with the precision they were stated at.
 *
 * <p>Every figure is optional, because reports state what they state. Figures are grouped
 * as in the JSON format ({@link #women()}, {@link #births()}, …); a group not stated is an
 * empty group, never null. Counts and amounts are 0 or more; anything else — parts that do
 * not add up, rates their own counts do not give, a period ending on 31 September — is
 * accepted here and reported by {@link ReportAudit}. The period is kept as the text stated
 * ({@link #statedPeriod()}) and read on demand ({@link #period()}).
 *
 * <pre>{@code
 * AggregateReport r = AggregateReport.builder()
 *     .areaCode(AreaCode.of("990101001000")).areaName("示范镇").statedPeriod("2009SY")
 *     .women(WomenCounts.builder().married(1500).parity0(130).parity1(520).parity2(760).parity3Plus(90).build())
 *     .contraception(ContraceptiveUse.builder().users(1368).build())
 *     .addStatedRates(StatedRate.parse(Indicator.CPR, "91.2"))
 *     .build();
 * ReportAudit.audit(r); // [] — 1368 / 1500 = 91.2 %
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AggregateReport {
    AggregateReport() {
    }

    /** @return the area's 12-digit code, if stated */
    public abstract Optional<AreaCode> areaCode();

    /** @return the area's name as the report writes it, for example {@code "示范镇"}, if stated */
    public abstract Optional<String> areaName();

    /**
     * @return the period as the report writes it — any notation of {@link ReportingPeriod}
     *         or {@code 2008年10月1日至2009年9月30日} — kept even when it names no real period
     */
    public abstract Optional<String> statedPeriod();

    /** @return the stated period, if it is stated and denotes a real period; see {@link ReportAudit} for why not */
    public Optional<ReportingPeriod> period() {
        try {
            return statedPeriod().map(StatedDates::period);
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    /** @return the date the report was made, as written ({@code 2009-10-10} or {@code 2009年10月10日}), if stated */
    public abstract Optional<String> statedReportDate();

    /** @return the report date, if it is stated and a real day */
    public Optional<LocalDate> reportDate() {
        try {
            return statedReportDate().map(StatedDates::day);
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    /** @return population and households; empty figures if none are stated */
    @Value.Default
    public PopulationFigures population() {
        return PopulationFigures.empty();
    }

    /** @return women of reproductive age; empty counts if none are stated */
    @Value.Default
    public WomenCounts women() {
        return WomenCounts.empty();
    }

    /** @return contraceptive users; empty if none are stated */
    @Value.Default
    public ContraceptiveUse contraception() {
        return ContraceptiveUse.empty();
    }

    /** @return live births of the period; empty counts if none are stated */
    @Value.Default
    public BirthCounts births() {
        return BirthCounts.empty();
    }

    /** @return deaths of the period (死亡人数), if stated */
    public abstract OptionalLong deaths();

    /** @return family-planning surgeries of the period; empty counts if none are stated */
    @Value.Default
    public SurgeryCounts surgeries() {
        return SurgeryCounts.empty();
    }

    /** @return women pregnant on the last day of the period (现孕人数), if stated */
    public abstract OptionalLong currentPregnancies();

    /** @return health checks; empty if none are stated */
    @Value.Default
    public HealthChecks healthChecks() {
        return HealthChecks.empty();
    }

    /** @return the floating population that left the area (流出人口); an empty flow if not stated */
    @Value.Default
    public FloatingFlow floatingOut() {
        return FloatingFlow.empty();
    }

    /** @return the floating population that came into the area (流入人口); an empty flow if not stated */
    @Value.Default
    public FloatingFlow floatingIn() {
        return FloatingFlow.empty();
    }

    /** @return one-child certificates (独生子女父母光荣证) issued in the period, if stated */
    public abstract OptionalLong oneChildCertificatesIssued();

    /** @return the reward subsidy programme (奖励扶助); empty if not stated */
    @Value.Default
    public Subsidy rewardSubsidy() {
        return Subsidy.empty();
    }

    /** @return special assistance to families whose only child died (特别扶助·死亡); empty if not stated */
    @Value.Default
    public Subsidy specialAssistanceBereaved() {
        return Subsidy.empty();
    }

    /** @return special assistance to families whose only child is disabled (特别扶助·伤残); empty if not stated */
    @Value.Default
    public Subsidy specialAssistanceDisabled() {
        return Subsidy.empty();
    }

    /** @return the rates the report states, at most one per indicator, in the order given */
    public abstract List<StatedRate> statedRates();

    /**
     * @param indicator an indicator, not null
     * @return the rate stated for it, if any
     */
    public Optional<StatedRate> statedRate(Indicator indicator) {
        Objects.requireNonNull(indicator, "indicator");
        return statedRates().stream().filter(r -> r.indicator() == indicator).findFirst();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link AggregateReport}; {@code build()} throws {@code InvalidValueException}
     * for a negative count or a rate stated twice.
     */
    public static final class Builder extends ImmutableAggregateReport.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        CountCheck.requireNonNegative("deaths", deaths());
        CountCheck.requireNonNegative("currentPregnancies", currentPregnancies());
        CountCheck.requireNonNegative("oneChildCertificatesIssued", oneChildCertificatesIssued());
        Set<Indicator> seen = EnumSet.noneOf(Indicator.class);
        for (StatedRate rate : statedRates()) {
            if (!seen.add(rate.indicator())) {
                throw new InvalidValueException("statedRates." + rate.indicator().code(), rate.value().toPlainString(),
                        "the rate is stated twice");
            }
        }
    }
}

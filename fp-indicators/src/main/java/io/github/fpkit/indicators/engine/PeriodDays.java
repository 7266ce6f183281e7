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
package io.github.fpkit.indicators.engine;

import io.github.fpkit.model.ReportingPeriod;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A reporting period as the per-record rules compare dates with it: its first and last
 * days and its reference date as {@link PackedDate}s, and its first and last days as epoch
 * days for counting woman-days. Immutable and thread-safe.
 */
public final class PeriodDays {
    private final ReportingPeriod period;
    private final long startEpochDay;
    private final long endEpochDay;
    private final int start;
    private final int end;
    private final int reference;
    private final int dayBeforeReference;
    private final LocalDate recentOutcomeFrom;
    private final LocalDate followUpFrom;
    private final LocalDate followUpTo;
    private final int cohortStart;

    private PeriodDays(ReportingPeriod period) {
        this.period = period;
        this.startEpochDay = period.start().toEpochDay();
        this.endEpochDay = period.end().toEpochDay();
        this.start = PackedDate.of(period.start());
        this.end = PackedDate.of(period.end());
        this.reference = PackedDate.of(period.referenceDate());
        LocalDate r = period.referenceDate();
        this.dayBeforeReference = PackedDate.of(r.minusDays(1));
        this.recentOutcomeFrom = r.minusDays(RecordRules.RECENT_OUTCOME_DAYS);
        this.followUpFrom = r.minusDays(RecordRules.FOLLOW_UP_LAST_DAY);
        this.followUpTo = r.minusDays(RecordRules.FOLLOW_UP_FIRST_DAY);
        this.cohortStart = PackedDate.of(period.start().minusMonths(12));
    }

    /**
     * @param period the period, not null
     * @return its days
     */
    public static PeriodDays of(ReportingPeriod period) {
        return new PeriodDays(Objects.requireNonNull(period, "period"));
    }

    /** @return the period */
    public ReportingPeriod period() {
        return period;
    }

    /** @return the first day, packed */
    int start() {
        return start;
    }

    /** @return the last day, packed */
    int end() {
        return end;
    }

    /** @return the reference date, packed */
    int reference() {
        return reference;
    }

    /** @return the day before the reference date, packed */
    int dayBeforeReference() {
        return dayBeforeReference;
    }

    /** @return the first day of the window of a recent delivery or termination, 30 days before the reference date */
    LocalDate recentOutcomeFrom() {
        return recentOutcomeFrom;
    }

    /** @return the first day of the follow-up window, 60 days before the reference date */
    LocalDate followUpFrom() {
        return followUpFrom;
    }

    /** @return the last day of the follow-up window, 30 days before the reference date */
    LocalDate followUpTo() {
        return followUpTo;
    }

    /**
     * @return the first day of the 12 months before the period (its start minus 12 months),
     *         packed: where the discontinuation cohort and every event the dynamics read begin
     */
    int cohortStart() {
        return cohortStart;
    }

    /** @return the reference date as an epoch day */
    long referenceEpochDay() {
        return endEpochDay;
    }

    /** @return true if the packed date lies in the period */
    boolean contains(int packedDate) {
        return packedDate >= start && packedDate <= end;
    }

    /** @return the number of days of the period on which the age of someone born on {@code birthDate} is within [lower, upper] */
    long daysAged(int birthDate, int lower, int upper) {
        long from = Math.max(startEpochDay, PackedDate.epochDayOfTurning(birthDate, lower));
        long to = Math.min(endEpochDay, PackedDate.epochDayOfTurning(birthDate, upper + 1) - 1);
        return Math.max(0, to - from + 1);
    }
}

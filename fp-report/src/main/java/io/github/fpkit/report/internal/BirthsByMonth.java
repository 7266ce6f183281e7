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
package io.github.fpkit.report.internal;

import io.github.fpkit.model.Birth;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Sex;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Live births of a period by calendar month and sex: the births the catalogue's
 * LIVE_BIRTHS counts (live, born in the period), so that the months add up to it and the
 * boys to the numerator of SRB. A period that starts or ends within a month has that month
 * with only its days in the period. Immutable once made.
 */
public final class BirthsByMonth {
    private final YearMonth first;
    private final List<YearMonth> months;
    private final long[] boys;
    private final long[] girls;

    private BirthsByMonth(ReportingPeriod period) {
        this.first = YearMonth.from(period.start());
        List<YearMonth> all = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(YearMonth.from(period.end())); m = m.plusMonths(1)) {
            all.add(m);
        }
        this.months = Collections.unmodifiableList(all);
        this.boys = new long[all.size()];
        this.girls = new long[all.size()];
    }

    /**
     * @param births the births to count, not null; those not live or outside the period are left out
     * @param period the period, not null
     * @return the tally
     */
    public static BirthsByMonth of(Stream<Birth> births, ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        BirthsByMonth tally = new BirthsByMonth(period);
        births.filter(b -> b.isLive() && period.contains(b.birthDate())).forEach(tally::add);
        return tally;
    }

    private void add(Birth birth) {
        int month = (int) first.until(YearMonth.from(birth.birthDate()), ChronoUnit.MONTHS);
        if (birth.sex() == Sex.MALE) {
            boys[month]++;
        } else {
            girls[month]++;
        }
    }

    /** @return the months the period touches, first to last */
    public List<YearMonth> months() {
        return months;
    }

    /** @return the live births of the month and sex; 0 for a month outside the period */
    public long births(YearMonth month, Sex sex) {
        int i = months.indexOf(month);
        if (i < 0) {
            return 0;
        }
        return sex == Sex.MALE ? boys[i] : girls[i];
    }

    /** @return the live births of the month, both sexes */
    public long births(YearMonth month) {
        return births(month, Sex.MALE) + births(month, Sex.FEMALE);
    }

    /** @return every live birth counted: the area's LIVE_BIRTHS */
    public long total() {
        long sum = 0;
        for (int i = 0; i < months.size(); i++) {
            sum += boys[i] + girls[i];
        }
        return sum;
    }
}

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
package io.github.fpkit.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Distinct values of the value types used as map keys (areas, periods, identity numbers)
 * have distinct hash codes, nearly always: a hash map of a county's areas or a register's
 * women must not degrade into a list.
 */
class HashSpreadTest {
    private static final int VALUES = 1000;

    private static void assertSpread(IntFunction<Object> value) {
        Set<Object> values = new HashSet<>();
        Set<Integer> hashes = new HashSet<>();
        for (int i = 0; i < VALUES; i++) {
            Object v = value.apply(i);
            values.add(v);
            hashes.add(v.hashCode());
        }
        assertTrue(values.size() == VALUES && hashes.size() > VALUES * 9 / 10, values.size() + " values, " + hashes.size() + " hashes");
    }

    @Test
    void test_areaCodes() {
        assertSpread(i -> AreaCode.ofNumber(990101000000L + i));
    }

    @Test
    void test_reportingPeriods() {
        LocalDate end = LocalDate.of(2009, 9, 30);
        assertSpread(i -> ReportingPeriod.ofClosed(end.minusDays(i), end));
        assertSpread(i -> ReportingPeriod.ofClosed(end, end.plusDays(i)));
        assertSpread(i -> ReportingPeriod.month(YearMonth.of(1990, 1).plusMonths(i)));
    }

    @Test
    void test_residentIds() {
        assertSpread(i -> ResidentId.of("110105", LocalDate.of(1980, 1, 1), i));
    }
}

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sums of counts, the numerators and denominators the catalogue declares its rates with. */
class CountSumTest {
    private static final CountSum USERS = CountSum.named("USERS", Count.USERS_IUD, Count.USERS_CONDOM, Count.USERS_TRADITIONAL);

    @Test
    void test_evaluate_addsAndSubtracts_throughNestedSums() {
        CountSum modern = CountSum.of(USERS).minus(Count.USERS_TRADITIONAL);
        long value = modern.evaluate(c -> c == Count.USERS_IUD ? 7 : c == Count.USERS_CONDOM ? 3 : c == Count.USERS_TRADITIONAL ? 2 : 100);
        assertEquals(10, value);
        assertEquals(12, CountSum.of(Count.USERS_IUD).plus(Count.USERS_CONDOM).plus(Count.USERS_TRADITIONAL)
                .evaluate(c -> c == Count.USERS_IUD ? 7 : c == Count.USERS_CONDOM ? 3 : 2));
        assertEquals(-2, CountSum.of(Count.USERS_IUD).minus(Count.USERS_TRADITIONAL).evaluate(c -> c == Count.USERS_IUD ? 0 : 2));
    }

    @Test
    void test_terms_andCounts() {
        CountSum modern = CountSum.of(USERS).minus(Count.USERS_TRADITIONAL);
        List<CountSum.Term> terms = modern.terms();
        assertEquals(2, terms.size());
        assertEquals(1, terms.get(0).sign());
        assertEquals(Optional.of(USERS), terms.get(0).sum());
        assertEquals(Optional.empty(), terms.get(0).count());
        assertEquals(-1, terms.get(1).sign());
        assertEquals(Optional.of(Count.USERS_TRADITIONAL), terms.get(1).count());
        assertEquals(EnumSet.of(Count.USERS_IUD, Count.USERS_CONDOM, Count.USERS_TRADITIONAL), modern.counts());
        assertEquals(List.of(Count.USERS_IUD, Count.USERS_CONDOM, Count.USERS_TRADITIONAL),
                USERS.terms().stream().map(t -> t.count().orElseThrow()).collect(java.util.stream.Collectors.toList()));
    }

    @Test
    void test_toString_isTheNameOrTheTerms() {
        assertEquals("USERS", USERS.toString());
        assertEquals(Optional.of("USERS"), USERS.name());
        assertEquals("USERS − USERS_TRADITIONAL", CountSum.of(USERS).minus(Count.USERS_TRADITIONAL).toString());
        assertEquals("+USERS", CountSum.of(USERS).terms().get(0).toString());
        assertEquals("LIVE_BIRTHS + DEATHS", CountSum.of(Count.LIVE_BIRTHS).plus(Count.DEATHS).toString());
        assertEquals(Optional.empty(), CountSum.of(Count.LIVE_BIRTHS).name());
        assertEquals("+LIVE_BIRTHS", CountSum.of(Count.LIVE_BIRTHS).terms().get(0).toString());
        assertEquals("−DEATHS", CountSum.of(Count.LIVE_BIRTHS).minus(Count.DEATHS).terms().get(1).toString());
    }

    @Test
    void test_equals_comparesNameAndTerms() {
        CountSum a = CountSum.of(Count.LIVE_BIRTHS).minus(Count.DEATHS);
        assertEquals(a, CountSum.of(Count.LIVE_BIRTHS).minus(Count.DEATHS));
        assertEquals(a.hashCode(), CountSum.of(Count.LIVE_BIRTHS).minus(Count.DEATHS).hashCode());
        assertNotEquals(a, CountSum.of(Count.LIVE_BIRTHS).plus(Count.DEATHS));
        assertNotEquals(a, CountSum.of(Count.LIVE_BIRTHS).minus(Count.MALE_BIRTHS));
        assertNotEquals(CountSum.of(Count.LIVE_BIRTHS), CountSum.named("BIRTHS", Count.LIVE_BIRTHS));
        assertNotEquals(CountSum.of(Count.LIVE_BIRTHS), "LIVE_BIRTHS");
        assertNotEquals(a.terms().get(0), a.terms().get(1));
        assertEquals(a.terms().get(1), CountSum.of(Count.DEATHS).minus(Count.DEATHS).terms().get(1));
        assertNotEquals(CountSum.of(USERS).terms().get(0), CountSum.of(Count.USERS_IUD).terms().get(0));
        assertNotEquals(a.terms().get(0), "LIVE_BIRTHS");
        assertEquals(a.terms().get(1).hashCode(), CountSum.of(Count.DEATHS).minus(Count.DEATHS).terms().get(1).hashCode());
    }

    @Test
    void test_aSumOfNoCount_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> CountSum.of());
    }
}

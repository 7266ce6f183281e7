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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.RegisterTable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The compact forms of tallies, at their edges: every part of a register tally travels,
 * and a form cut short, continued or with an overlong number is rejected as not a tally.
 */
class TallyFormEdgesTest {
    private static final ReportingPeriod SY = ReportingPeriod.parse("2009SY");
    private static final AreaCode VILLAGE = AreaCode.of("990101001001");
    private static final AreaCode TOWNSHIP = AreaCode.of("990101001000");

    private static RegisterTally everyPart() {
        return everyPart(SY);
    }

    private static RegisterTally everyPart(ReportingPeriod period) {
        return RegisterTally.builder(period).add(VILLAGE, AreaTally.builder().add(Count.LIVE_BIRTHS, 3).build())
                .population(VILLAGE, new BigDecimal("512.5")).name(VILLAGE, "村").area(TOWNSHIP)
                .unattributed(RegisterTable.BIRTHS, 2).unattributed(RegisterTable.HEALTH_CHECKS, 1).build();
    }

    @Test
    void test_registerTally_everyPartTravels() {
        RegisterTally t = everyPart();
        RegisterTally back = RegisterTally.fromBytes(t.toBytes());
        assertEquals(t, back);
        assertEquals(t.hashCode(), back.hashCode());
        assertEquals(java.util.Set.of(VILLAGE, TOWNSHIP), back.knownAreas());
        assertEquals(java.util.Map.of(RegisterTable.BIRTHS, 2L, RegisterTable.HEALTH_CHECKS, 1L), back.unattributedRecords());
        assertEquals("村", back.areaNames().get(VILLAGE));
        assertEquals(0, new BigDecimal("512.5").compareTo(back.populations().get(VILLAGE)));
    }

    @Test
    void test_registerTally_equalsTellsEveryPartApart() {
        RegisterTally t = everyPart();
        List<RegisterTally> others = List.of(
                everyPart(ReportingPeriod.parse("2009")),
                RegisterTally.builder(SY).add(t).add(VILLAGE, AreaTally.builder().add(Count.DEATHS, 1).build()).build(),
                RegisterTally.builder(SY).add(t).population(TOWNSHIP, BigDecimal.ONE).build(),
                RegisterTally.builder(SY).add(t).name(TOWNSHIP, "乡").build(),
                RegisterTally.builder(SY).add(t).area(AreaCode.of("990101000000")).build(),
                RegisterTally.builder(SY).add(t).unattributed(RegisterTable.PROCEDURES, 1).build());
        for (RegisterTally other : others) {
            assertNotEquals(t, other);
            assertNotEquals(other, t);
        }
        assertEquals(t, RegisterTally.builder(SY).add(t).build());
        assertNotEquals(t, "RegisterTally");
        assertEquals("RegisterTally{period=2009SY, areas=1, populations=1, names=1, knownAreas=2, unattributed={births=2, health_checks=1}}",
                t.toString());
    }

    @Test
    void test_formsCutShortOrContinued_areRejected() {
        byte[] area = AreaTally.builder().add(Count.WRA, 300).population(new BigDecimal("12.25")).build().toBytes();
        for (int n = 0; n < area.length; n++) {
            byte[] cut = Arrays.copyOf(area, n);
            assertThrows(IllegalArgumentException.class, () -> AreaTally.fromBytes(cut), "cut at " + n);
        }
        assertThrows(IllegalArgumentException.class, () -> AreaTally.fromBytes(Arrays.copyOf(area, area.length + 1)));
        byte[] register = everyPart().toBytes();
        for (int n = 0; n < register.length; n++) {
            byte[] cut = Arrays.copyOf(register, n);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RegisterTally.fromBytes(cut));
            assertTrue(e.getMessage().startsWith("not a register tally"), e.getMessage());
        }
    }

    @Test
    void test_aNumberOfElevenBytes_isRejected() {
        byte[] good = AreaTally.empty().toBytes();
        // The version, then the number of counts written with ten continuation bytes and an eleventh.
        byte[] bad = new byte[good.length + 10];
        bad[0] = good[0];
        Arrays.fill(bad, 1, 11, (byte) 0x80);
        bad[11] = 0;
        System.arraycopy(good, 2, bad, 12, good.length - 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AreaTally.fromBytes(bad));
        assertTrue(e.getMessage().startsWith("a number of the tally bytes is longer than 10 bytes"), e.getMessage());
    }

    @Test
    void test_zeroPopulation_travels_negativeIsRejected() {
        AreaTally none = AreaTally.builder().population(BigDecimal.ZERO).build();
        assertEquals(none, AreaTally.fromBytes(none.toBytes()));
        assertEquals(BigDecimal.ZERO, AreaTally.empty().withPopulation(BigDecimal.ZERO).population().orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> AreaTally.empty().withPopulation(new BigDecimal("-0.5")));
        assertThrows(IllegalArgumentException.class, () -> AreaTally.builder().population(new BigDecimal("-0.5")));
        assertThrows(IllegalArgumentException.class, () -> RegisterTally.builder(SY).population(VILLAGE, new BigDecimal("-0.5")));
        assertEquals(BigDecimal.ZERO, RegisterTally.builder(SY).population(VILLAGE, BigDecimal.ZERO).build().populations().get(VILLAGE));
    }

    @Test
    void test_populationsOfTheSmallestAndLargestScale_travel() {
        for (int scale : new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            AreaTally t = AreaTally.builder().population(new BigDecimal(java.math.BigInteger.ONE, scale)).build();
            assertEquals(t, AreaTally.fromBytes(t.toBytes()));
        }
    }

    @Test
    void test_areaTally_toString_namesTheNonZeroCountsAndThePopulation() {
        assertEquals("AreaTally{LIVE_BIRTHS=3, DEATHS=1, population=512.5}", AreaTally.builder().add(Count.DEATHS, 1).add(Count.LIVE_BIRTHS, 3)
                .population(new BigDecimal("512.50")).build().toString());
        assertEquals("AreaTally{population=unknown}", AreaTally.empty().toString());
    }
}

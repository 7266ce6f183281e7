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

import static io.github.fpkit.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.fpkit.testkit.CountyRegisters;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The tallies are plain values: mergeable, and the same after their compact form or Java serialisation. */
class TallyFormTest {
    private static Gen<AreaTally> areaTallies() {
        return longs().all().map(seed -> {
            Random random = new Random(seed);
            AreaTally.Builder tally = AreaTally.builder();
            for (Count c : Count.values()) {
                // Extreme values too: the form must carry any long.
                long v = random.nextInt(4) == 0 ? random.nextLong() : random.nextInt(1_000);
                tally.add(c, v);
            }
            if (random.nextBoolean()) {
                tally.population(new BigDecimal(random.nextInt(100_000)).movePointLeft(random.nextInt(4)));
            }
            return tally.build();
        });
    }

    private static Gen<RegisterTally> registerTallies() {
        return longs().all().map(seed -> PerWomanDecompositionTest.perWoman(CountyRegisters.register(seed), CountyRegisters.PERIOD, 1,
                new Random(seed)));
    }

    @Test
    void property_areaTally_compactFormAndJavaSerialisation_roundTrip() {
        qt().withExamples(300).forAll(areaTallies()).checkAssert(t -> {
            assertEquals(t, AreaTally.fromBytes(t.toBytes()));
            assertEquals(t, PerWomanDecompositionTest.javaRoundTrip(t));
        });
    }

    @Test
    void property_registerTally_compactFormAndJavaSerialisation_roundTrip_andEqualTalliesHaveEqualBytes() {
        qt().withExamples(200).forAll(registerTallies()).checkAssert(t -> {
            RegisterTally read = RegisterTally.fromBytes(t.toBytes());
            assertEquals(t, read);
            assertArrayEquals(t.toBytes(), read.toBytes());
            assertEquals(t, PerWomanDecompositionTest.javaRoundTrip(t));
        });
    }

    @Test
    void property_registerTallyMerge_isAssociativeCommutative_withEmptyAsIdentity() {
        qt().withExamples(200).forAll(registerTallies(), registerTallies(), registerTallies()).checkAssert((a, b, c) -> {
            assertEquals(a.merge(b).merge(c), a.merge(b.merge(c)));
            assertEquals(a.merge(b), b.merge(a));
            assertEquals(a, a.merge(RegisterTally.empty(a.period())));
            assertEquals(a, RegisterTally.empty(a.period()).merge(a));
        });
    }

    @Test
    void test_registerTally_mergeOfTwoPeriods_rejected() {
        RegisterTally a = RegisterTally.empty(ReportingPeriod.parse("2009SY"));
        assertThrows(IllegalArgumentException.class, () -> a.merge(RegisterTally.empty(ReportingPeriod.parse("2010SY"))));
    }

    @Test
    void test_areaTally_formWithFewerCounts_readsTheMissingOnesAsZero() {
        Count[] counts = Count.values();
        Count last = counts[counts.length - 1];
        AreaTally t = AreaTally.builder().add(Count.LIVE_BIRTHS, 7).add(last, 3).build();
        byte[] bytes = t.toBytes();
        // A form of an older version with one count fewer: the count of counts is one less and the last is missing.
        // Every count here is below 64, so one byte each; the number of counts, 2n zig-zagged, takes two bytes.
        int n = counts.length;
        assertArrayEquals(number(n), Arrays.copyOfRange(bytes, 1, 3));
        ByteArrayOutputStream older = new ByteArrayOutputStream();
        older.write(bytes[0]);
        older.writeBytes(number(n - 1));
        older.write(bytes, 3, n - 1);
        older.write(bytes, 3 + n, bytes.length - 3 - n);
        AreaTally read = AreaTally.fromBytes(older.toByteArray());
        assertEquals(7, read.count(Count.LIVE_BIRTHS));
        assertEquals(0, read.count(last));
        assertEquals(AreaTally.builder().add(Count.LIVE_BIRTHS, 7).build(), read);
    }

    /** A count of 64 to 8191 as the compact form writes it: zig-zag (2 × value), 7 bits a byte, low bits first. */
    private static byte[] number(int value) {
        int z = 2 * value;
        return new byte[] {(byte) (z & 0x7f | 0x80), (byte) (z >>> 7)};
    }


    @Test
    void property_corruptForms_areRejectedWithIllegalArgument_neverAnotherFailure() {
        Register register = CountyRegisters.register(42);
        byte[] good = IndicatorCalculator.tally(register, CountyRegisters.PERIOD).toBytes();
        qt().withExamples(300).forAll(integers().between(0, good.length - 1), integers().between(0, 255), integers().between(0, 2))
                .checkAssert((at, value, kind) -> {
                    byte[] bad = kind == 0 ? Arrays.copyOf(good, at) : kind == 1 ? good.clone() : Arrays.copyOf(good, good.length + 1);
                    if (kind == 1) {
                        bad[at] = (byte) value.intValue();
                    }
                    try {
                        RegisterTally.fromBytes(bad);
                    } catch (IllegalArgumentException expected) {
                        assertTrue(expected.getMessage().startsWith("not a register tally"), expected.getMessage());
                    }
                });
        assertThrows(IllegalArgumentException.class, () -> RegisterTally.fromBytes(new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> AreaTally.fromBytes(new byte[] {9}));
        assertThrows(IllegalArgumentException.class, () -> RegisterTally.fromBytes(Arrays.copyOf(good, good.length + 1)));
    }

    @Test
    void test_registerTally_keepsNoEmptyTally_butEveryAreaSeen() {
        AreaCode village = AreaCode.of("990101001001");
        RegisterTally t = RegisterTally.builder(CountyRegisters.PERIOD).add(village, AreaTally.empty())
                .unattributed(RegisterTable.BIRTHS, 0).build();
        assertTrue(t.areaTallies().isEmpty());
        assertEquals(java.util.Set.of(village), t.knownAreas());
        assertTrue(t.unattributedRecords().isEmpty());
    }
}

package io.github.fpkit.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.testkit.CountyRegisters;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IndicatorAccumulatorTest {
    private static final WomenIndex WOMEN = WomenIndex.of(Stream.of(Woman.builder().id("W").areaCode(AreaCode.of("990101001001"))
            .birthDate(LocalDate.of(1980, 1, 1)).maritalStatus(MaritalStatus.MARRIED).build()));

    @Test
    void test_merge_requiresTheSameIndexAndPeriod() {
        IndicatorAccumulator a = IndicatorAccumulator.empty(WOMEN, CountyRegisters.PERIOD);
        WomenIndex other = WomenIndex.of(Stream.empty());
        assertThrows(IllegalArgumentException.class, () -> a.merge(IndicatorAccumulator.empty(other, CountyRegisters.PERIOD)));
        assertThrows(IllegalArgumentException.class, () -> a.merge(IndicatorAccumulator.empty(WOMEN, ReportingPeriod.parse("2009"))));
    }

    @Test
    void test_merge_addsUnattributedRecords_andLeavesItsInputsUnchanged() {
        Birth orphan = Birth.builder().id("B").motherId("X").birthDate(LocalDate.of(2009, 1, 1)).sex(Sex.MALE).birthOrder(1).build();
        Birth own = Birth.builder().id("C").motherId("W").birthDate(LocalDate.of(2009, 1, 1)).sex(Sex.MALE).birthOrder(1).build();
        IndicatorAccumulator a = IndicatorAccumulator.empty(WOMEN, CountyRegisters.PERIOD).add(orphan);
        IndicatorAccumulator b = IndicatorAccumulator.empty(WOMEN, CountyRegisters.PERIOD).add(orphan).add(own);
        IndicatorAccumulator m = a.merge(b);
        assertEquals(Map.of(RegisterTable.BIRTHS, 2L), m.unattributedRecords());
        assertEquals(Map.of(RegisterTable.BIRTHS, 1L), a.unattributedRecords());
        AreaTally county = m.tallies(AreaLevel.COUNTY).get(CountyRegisters.COUNTY);
        assertEquals(1, county.count(Indicator.LIVE_BIRTHS));
        assertEquals(1, county.count(Indicator.PARITY_1));
        assertEquals(0, a.tallies(AreaLevel.COUNTY).get(CountyRegisters.COUNTY).count(Indicator.LIVE_BIRTHS));
    }

    @Test
    void test_areaTally_rejectsTheWrongKindOfIndicator() {
        assertThrows(IllegalArgumentException.class, () -> AreaTally.empty().count(Indicator.CPR));
        assertThrows(IllegalArgumentException.class, () -> AreaTally.empty().rate(Indicator.WRA));
        assertThrows(IllegalArgumentException.class, () -> AreaTally.empty().rate(Indicator.TFR));
        assertEquals(0.0, AreaTally.empty().rate(Indicator.CPR).orElseThrow().denominator());
        assertEquals(java.util.Optional.empty(), AreaTally.empty().rate(Indicator.CBR));
    }
}

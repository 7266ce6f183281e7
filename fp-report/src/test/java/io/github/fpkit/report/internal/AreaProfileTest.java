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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.fpkit.indicators.ComputedIndicators;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorCalculator;
import io.github.fpkit.model.AgeGroup;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.BirthOutcome;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.testkit.CountyRegisters;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's own tallies add up to the catalogue's counts, and count what the catalogue counts. */
class AreaProfileTest {
    private static final AreaCode VILLAGE = AreaCode.of("990101001001");
    private static final ReportingPeriod SY = ReportingPeriod.parse("2009SY");

    @Test
    void theTallies_addUpToTheCatalogue_inEveryAreaOfRandomRegisters() {
        qt().withExamples(150).forAll(CountyRegisters.seeds()).checkAssert(seed -> {
            Register register = CountyRegisters.register(seed);
            ComputedIndicators computed = IndicatorCalculator.standard().compute(register, CountyRegisters.PERIOD);
            for (AreaCode area : computed.areas()) {
                AreaResults results = AreaResults.of(computed, area);
                AreaProfile profile = AreaProfile.of(register, area, CountyRegisters.PERIOD);
                String where = "seed " + seed + ", area " + area;
                assertEquals(results.numerator(Indicator.WRA), profile.women().total(), where);
                long married = 0;
                for (AgeGroup g : AgeGroup.values()) {
                    married += profile.women().married(g);
                }
                assertEquals(results.numerator(Indicator.MARRIED_WRA), married, where);
                assertEquals(results.numerator(Indicator.LIVE_BIRTHS), profile.births().total(), where);
                long boys = 0;
                for (YearMonth m : profile.births().months()) {
                    boys += profile.births().births(m, Sex.MALE);
                }
                assertEquals(results.numerator(Indicator.SRB), boys, where);
            }
        });
    }

    @Test
    void agesAreThoseOnTheReferenceDate_15Through49() {
        Register register = Register.builder()
                .add(woman("W1", LocalDate.of(1994, 9, 30), MaritalStatus.MARRIED))     // 15 on 2009-09-30
                .add(woman("W2", LocalDate.of(1994, 10, 1), MaritalStatus.UNMARRIED))     // 14 then
                .add(woman("W3", LocalDate.of(1959, 10, 1), MaritalStatus.REMARRIED))  // 49
                .add(woman("W4", LocalDate.of(1959, 9, 30), MaritalStatus.MARRIED))    // 50
                .build();
        AgePyramid women = AreaProfile.of(register, VILLAGE, SY).women();
        assertEquals(2, women.total());
        assertEquals(1, women.married(AgeGroup.AGE_15_19));
        assertEquals(1, women.married(AgeGroup.AGE_45_49));
        assertEquals(0, women.unmarried(AgeGroup.AGE_15_19));
    }

    @Test
    void birthsByMonth_areLiveBirthsOfThePeriod_inTheirMothersArea() {
        Register register = Register.builder().withTable(RegisterTable.BIRTHS)
                .add(woman("W1", LocalDate.of(1980, 1, 1), MaritalStatus.MARRIED))
                .add(Woman.builder().id("W2").areaCode(AreaCode.of("990101001002")).birthDate(LocalDate.of(1980, 1, 1))
                        .maritalStatus(MaritalStatus.MARRIED).build())
                .add(birth("B1", "W1", LocalDate.of(2008, 10, 1), Sex.MALE, BirthOutcome.LIVE, 1))
                .add(birth("B2", "W1", LocalDate.of(2009, 9, 30), Sex.FEMALE, BirthOutcome.LIVE, 2))
                .add(birth("B3", "W1", LocalDate.of(2009, 10, 1), Sex.FEMALE, BirthOutcome.LIVE, 3))
                .add(birth("B4", "W1", LocalDate.of(2009, 3, 3), Sex.MALE, BirthOutcome.STILLBIRTH, 0))
                .add(birth("B5", "W2", LocalDate.of(2009, 3, 3), Sex.MALE, BirthOutcome.LIVE, 1))
                .build();
        BirthsByMonth births = AreaProfile.of(register, VILLAGE, SY).births();
        assertEquals(12, births.months().size());
        assertEquals(YearMonth.of(2008, 10), births.months().get(0));
        assertEquals(YearMonth.of(2009, 9), births.months().get(11));
        assertEquals(2, births.total());
        assertEquals(1, births.births(YearMonth.of(2008, 10), Sex.MALE));
        assertEquals(1, births.births(YearMonth.of(2009, 9), Sex.FEMALE));
        assertEquals(0, births.births(YearMonth.of(2009, 3)));
        assertEquals(0, births.births(YearMonth.of(2009, 10)));
        assertEquals(List.of(YearMonth.of(2009, 3)),
                BirthsByMonth.of(register.births(), ReportingPeriod.parse("2009-03")).months());
    }

    private static Woman woman(String id, LocalDate born, MaritalStatus status) {
        return Woman.builder().id(id).areaCode(VILLAGE).birthDate(born).maritalStatus(status).build();
    }

    private static Birth birth(String id, String mother, LocalDate date, Sex sex, BirthOutcome outcome, int order) {
        Birth.Builder b = Birth.builder().id(id).motherId(mother).birthDate(date).sex(sex).outcome(outcome);
        if (order > 0) {
            b.birthOrder(order);
        }
        return b.build();
    }
}

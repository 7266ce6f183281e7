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
package io.github.fpkit.examples;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.indicators.Indicators;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Register;
import java.time.LocalDate;

/**
 * Embedding the model: build records in code (as a records system would from its own
 * database), put them in a {@link Register} and compute one indicator, the contraceptive
 * prevalence rate of a village, with its numerator, denominator and interval.
 *
 * <pre>{@code
 * java -cp examples/target/fp.jar io.github.fpkit.examples.EmbedModelExample
 * // CPR 综合避孕率 of village 990101001001 in 2009SY: 2 of 3 married women = 66.67 % (95 % CI 20.77 – 93.85)
 * }</pre>
 */
public final class EmbedModelExample {
    private EmbedModelExample() {
    }

    /**
     * Prints the village's contraceptive prevalence rate.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        AreaCode village = AreaCode.of("990101001001");
        ReportingPeriod period = ReportingPeriod.parse("2009SY");
        Register register = Register.builder()
                .add(married("W1", village, LocalDate.of(1980, 5, 1)))
                .add(married("W2", village, LocalDate.of(1975, 2, 14)))
                .add(married("W3", village, LocalDate.of(1988, 11, 30)))
                .add(ContraceptiveEpisode.builder().womanId("W1").method(ContraceptiveMethod.IUD)
                        .startDate(LocalDate.of(2005, 3, 1)).build())
                .add(ContraceptiveEpisode.builder().womanId("W2").method(ContraceptiveMethod.FEMALE_STERILIZATION)
                        .startDate(LocalDate.of(2001, 6, 20)).build())
                .build();

        IndicatorResult cpr = Indicators.compute(register, period, AreaLevel.VILLAGE).result(village, Indicator.CPR).orElseThrow();

        System.out.printf(java.util.Locale.ROOT, "%s %s of village %s in %s: %d of %.0f married women = %.2f %s (95 %% CI %.2f – %.2f)%n",
                cpr.indicator().code(), cpr.indicator().chineseName(), village, period, cpr.numerator().getAsLong(),
                cpr.denominator().getAsDouble(), cpr.value().getAsDouble(), cpr.unit().symbol(),
                cpr.ciLow().getAsDouble(), cpr.ciHigh().getAsDouble());
    }

    private static Woman married(String id, AreaCode village, LocalDate birthDate) {
        return Woman.builder().id(id).areaCode(village).birthDate(birthDate).maritalStatus(MaritalStatus.MARRIED).build();
    }
}

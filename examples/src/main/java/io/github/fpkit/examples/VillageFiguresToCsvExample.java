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

import io.github.fpkit.indicators.ComputedIndicators;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorCalculator;
import io.github.fpkit.io.csv.CsvRegister;
import io.github.fpkit.io.csv.CsvRegisterSource;
import io.github.fpkit.io.csv.ResultCsvWriter;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.ReportingPeriod;
import java.nio.file.Path;
import java.util.List;

/**
 * Computing village figures and writing them as CSV: births, the crude birth rate, the
 * sex ratio at birth and contraceptive prevalence of every village of a register folder,
 * one result record per village and indicator, with numerator, denominator and interval,
 * ready for a spreadsheet or R.
 *
 * <pre>{@code
 * java -cp examples/target/fp.jar io.github.fpkit.examples.VillageFiguresToCsvExample register 2009SY villages.csv
 * // wrote 44 results for 11 villages to villages.csv
 * }</pre>
 */
public final class VillageFiguresToCsvExample {
    private VillageFiguresToCsvExample() {
    }

    /**
     * Computes and writes the village figures.
     *
     * @param args the register folder, the period (for example 2009SY) and the CSV file to write
     */
    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: VillageFiguresToCsvExample REGISTER_FOLDER PERIOD OUT.csv");
            return;
        }
        CsvRegisterSource source = CsvRegister.builder().open(Path.of(args[0]));
        IndicatorCalculator calculator = IndicatorCalculator.builder()
                .level(AreaLevel.VILLAGE)
                .indicators(List.of(Indicator.LIVE_BIRTHS, Indicator.CBR, Indicator.SRB, Indicator.CPR))
                .build();
        ComputedIndicators computed = calculator.compute(source, ReportingPeriod.parse(args[1]));

        try (ResultCsvWriter out = ResultCsvWriter.open(Path.of(args[2]))) {
            computed.results().forEach(out::write);
        }
        long villages = computed.results().stream().map(r -> r.area()).distinct().count();
        System.out.println("wrote " + computed.results().size() + " results for " + villages + " villages to " + args[2]);
    }
}

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
package io.github.fpkit.examples.cli;

import io.github.fpkit.indicators.ComputedIndicators;
import io.github.fpkit.indicators.IndicatorCalculator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.indicators.MissingPopulationRows;
import io.github.fpkit.io.csv.CsvRegister;
import io.github.fpkit.io.csv.CsvRegisterSource;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.ReportingPeriod;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fp demo}: {@code fp summary} and {@code fp indicators} on the bundled demo township. */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = FpCommand.Version.class,
        description = {"Runs 'fp summary' and 'fp indicators --level township' on the bundled demo register: one generated "
                + "township (第1乡 of 模拟县, 11 villages, about 11,000 people), statistical year 2009SY. It first prints "
                + "the 'fp generate' command that writes the same register to a folder, to try the commands on."},
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {"0:success", "2:usage or I/O error"})
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions run;

    @Mixin
    TableWidth table;

    @Option(names = "--quiet", description = "Print nothing on stderr but errors.")
    boolean quiet;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh",
            description = "The language of the summary and of the indicators' table: zh (default) or en.")
    SummaryReport.Language language;

    @Override
    public Integer call() {
        ReportingPeriod period = DemoRegister.settings().period();
        PrintWriter out = spec.commandLine().getOut();
        try (DemoFolder demo = DemoFolder.extract()) {
            CsvRegisterSource source = CsvRegister.builder().open(demo.folder());
            AreaCode township = township(DemoRegister.settings().county());
            // The demo's files live inside fp.jar; the commands shown work once the same files are on disk.
            out.println("The demo register is inside fp.jar; to run the commands below yourself, first write it to the folder "
                    + DemoRegister.RESOURCE_FOLDER + ": fp generate " + DemoRegister.RESOURCE_FOLDER + " --women "
                    + DemoRegister.WOMEN + " --villages " + DemoRegister.VILLAGES + " --seed " + DemoRegister.SEED);
            out.println();
            out.println("fp summary " + DemoRegister.RESOURCE_FOLDER + " --period " + period + " --area " + township
                    + " --lang " + language + table.asOption());
            out.println();
            SummaryCommand.print(spec.commandLine(), source, period, township, language, new CalculatorOptions(), quiet,
                    table.columns());
            out.println();
            out.println("fp indicators " + DemoRegister.RESOURCE_FOLDER + " --period " + period + " --level township --lang "
                    + language + table.asOption());
            out.println();
            Set<AreaLevel> shown = EnumSet.of(AreaLevel.TOWNSHIP);
            IndicatorCalculator calculator = IndicatorCalculator.builder().levels(MissingPopulationRows.levelsNeeded(shown))
                    .build();
            ComputedIndicators computed = calculator.compute(source, period);
            List<IndicatorResult> results = computed.stream().filter(r -> shown.contains(r.area().level())).collect(Collectors.toList());
            IndicatorTable.print(results, language, calculator.confidenceLevel(), table.columns(), out);
            out.flush();
            if (!quiet) {
                MissingPopulationRows.explain(computed, shown).forEach(l -> spec.commandLine().getErr().println(spec.qualifiedName() + ": " + l));
                spec.commandLine().getErr().flush();
            }
        }
        return ExitStatus.SUCCESS;
    }

    /** The demo's one township is the first of its county: {@code CCCCCC001000}. */
    private static AreaCode township(AreaCode county) {
        return AreaCode.ofNumber(county.toNumber() + 1000);
    }
}

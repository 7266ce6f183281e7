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
import io.github.fpkit.io.csv.CsvRegisterSource;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.LinedRegisterSource;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code fp summary}: the statistics paragraph of a township report, and its table. */
@Command(name = "summary", mixinStandardHelpOptions = true, versionProvider = FpCommand.Version.class,
        description = {"Writes the statistics paragraph a township report opens with (population, married women by parity, "
                + "contraceptive users by method, births by order and sex, the main rates), computed from the register, "
                + "followed by its table."},
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {"0:success", "1:the data cannot be read or computed on",
            "2:usage or I/O error (including an area that is not in the register)"})
final class SummaryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RegisterInput input;

    @Mixin
    RunOptions run;

    @Mixin
    TableWidth table;

    @Mixin
    QuietReading stderr;

    @Mixin
    PeriodOption reporting;

    @Mixin
    AreaOption subject;

    @Mixin
    ReportLanguageOption lang;

    @Mixin
    CalculatorOptions settings;

    @Override
    public Integer call() {
        CsvRegisterSource source = input.open(spec.commandLine(), false);
        print(spec.commandLine(), source, reporting.period, subject.area, lang.language, settings, stderr.quiet, table.columns());
        RejectedRows.report(spec.qualifiedName(), source, spec.commandLine().getErr());
        return ExitStatus.SUCCESS;
    }

    /**
     * Computes the area's figures and prints its report.
     *
     * @param settings the calculator's settings, said on stderr when not the default
     * @param width the most terminal columns a line of the table may take
     * @throws ParameterException if the register has no such area
     */
    static void print(CommandLine command, LinedRegisterSource source, ReportingPeriod period, AreaCode area,
            SummaryReport.Language language, CalculatorOptions settings, boolean quiet, int width) {
        IndicatorCalculator calculator = settings.apply(command, IndicatorCalculator.builder()
                .levels(MissingPopulationRows.levelsNeeded(EnumSet.of(area.level())))).build();
        ProgressLine progress = ProgressLine.onTerminal(command.getErr(), quiet);
        ComputedIndicators computed;
        try {
            computed = calculator.compute(new ProgressSource(source, progress), period);
        } finally {
            progress.done();
        }
        AreaOption.requireIn(command, area, computed);
        List<IndicatorResult> results = computed.resultsFor(area);
        String name = results.get(0).areaName().orElse(area.toString());
        PrintWriter out = command.getOut();
        new SummaryReport(area, name, period, results, language, calculator.confidenceLevel()).print(out, width);
        out.flush();
        IndicatorsCommand.reportUnavailable(command.getCommandSpec().qualifiedName(), computed, command.getErr());
        CalculatorOptions.report(command.getCommandSpec().qualifiedName(), calculator, computed, command.getErr());
        if (!quiet) {
            MissingPopulationRows.explain(computed, area::equals)
                    .forEach(l -> command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + l));
            command.getErr().flush();
        }
    }
}

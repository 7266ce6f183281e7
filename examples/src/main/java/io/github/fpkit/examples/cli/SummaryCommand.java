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
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
    /** How many areas of the level a message about an unknown code lists. */
    private static final int LISTED_AREAS = 5;

    @Spec
    CommandSpec spec;

    @Mixin
    RegisterInput input;

    @Mixin
    RunOptions run;

    @Mixin
    TableWidth table;

    @Option(names = "--quiet", description = RunOptions.QUIET_READING)
    boolean quiet;

    @Option(names = "--period", paramLabel = "P", required = true, converter = OptionTypes.Period.class,
            description = "The reporting period, for example 2009SY.")
    ReportingPeriod period;

    @Option(names = "--area", paramLabel = "CODE", required = true, converter = OptionTypes.Area.class,
            description = "The 12-digit code of the area (a township, county or village) the report is about.")
    AreaCode area;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh", description = "zh (default) or en.")
    SummaryReport.Language language;

    @Override
    public Integer call() {
        CsvRegisterSource source = input.open(spec.commandLine(), false);
        print(spec.commandLine(), source, period, area, language, quiet, table.columns());
        RejectedRows.report(spec.qualifiedName(), source, spec.commandLine().getErr());
        return ExitStatus.SUCCESS;
    }

    /**
     * Computes the area's figures and prints its report.
     *
     * @param width the most terminal columns a line of the table may take
     * @throws ParameterException if the register has no such area
     */
    static void print(CommandLine command, LinedRegisterSource source, ReportingPeriod period, AreaCode area,
            SummaryReport.Language language, boolean quiet, int width) {
        IndicatorCalculator calculator = IndicatorCalculator.builder()
                .levels(MissingPopulationRows.levelsNeeded(EnumSet.of(area.level()))).build();
        ProgressLine progress = ProgressLine.onTerminal(command.getErr(), quiet);
        ComputedIndicators computed;
        try {
            computed = calculator.compute(new ProgressSource(source, progress), period);
        } finally {
            progress.done();
        }
        List<IndicatorResult> results = computed.resultsFor(area);
        if (results.isEmpty()) {
            throw new ParameterException(command, "--area '" + area + "': " + noSuchArea(area, computed));
        }
        String name = results.get(0).areaName().orElse(area.toString());
        PrintWriter out = command.getOut();
        new SummaryReport(area, name, period, results, language, calculator.confidenceLevel()).print(out, width);
        out.flush();
        IndicatorsCommand.reportUnavailable(command.getCommandSpec().qualifiedName(), computed, command.getErr());
        if (!quiet) {
            MissingPopulationRows.explain(computed, area::equals)
                    .forEach(l -> command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + l));
            command.getErr().flush();
        }
    }

    /** Names the level the code is of and the register's areas of that level, so that the user can pick one. */
    static String noSuchArea(AreaCode area, ComputedIndicators computed) {
        String level = area.level().code();
        List<String> present = computed.results().stream().filter(r -> r.area().level() == area.level())
                .map(r -> r.area() + r.areaName().map(n -> " " + n).orElse("")).distinct().collect(Collectors.toList());
        if (present.isEmpty()) {
            return "the code is of a " + level + ", and the register has no " + level;
        }
        String listed = String.join(", ", present.subList(0, Math.min(present.size(), LISTED_AREAS)))
                + (present.size() > LISTED_AREAS ? ", … (" + present.size() + " in all)" : "");
        return "the register has no " + level + " with this code; its " + level + (present.size() == 1 ? "" : "s")
                + ": " + listed;
    }
}

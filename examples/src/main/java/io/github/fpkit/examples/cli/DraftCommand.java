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

import io.github.fpkit.indicators.IndicatorCalculator;
import io.github.fpkit.indicators.RegisterTally;
import io.github.fpkit.indicators.quality.RegisterReport;
import io.github.fpkit.indicators.report.AggregateReport;
import io.github.fpkit.io.csv.CsvRegisterSource;
import io.github.fpkit.io.report.ReportJsonWriter;
import io.github.fpkit.model.AreaCode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code fp draft}: the aggregate report a register gives for one of its areas, as JSON. */
@Command(name = "draft", mixinStandardHelpOptions = true, versionProvider = FpCommand.Version.class,
        description = {"Writes the aggregate report (docs/AGGREGATE_REPORTS.md) that a register gives for one of its areas, as "
                + "JSON on standard output: every count of the format the register's tables give, the average population, and "
                + "the rates the audit can recompute, stated to --decimals decimals. It audits clean ('fp audit') and reconciles "
                + "exactly with its register ('fp reconcile'): a starting point for an office's report."},
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {"0:success", "1:the data cannot be read or computed on",
            "2:usage or I/O error (including an area that is not in the register)"})
final class DraftCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RegisterInput input;

    @Mixin
    RunOptions run;

    @Mixin
    QuietProgress stderr;

    @Mixin
    PeriodOption reporting;

    @Option(names = "--area", paramLabel = "CODE", required = true, converter = OptionTypes.Area.class,
            description = "The 12-digit code of the area reported on (a village, township or county of the register).")
    AreaCode area;

    @Option(names = "--decimals", paramLabel = "D", defaultValue = "2",
            description = "The decimals the rates are stated to, 0 to " + RegisterReport.MAX_DECIMALS + " (default 2).")
    int decimals;

    @Override
    public Integer call() {
        if (decimals < 0 || decimals > RegisterReport.MAX_DECIMALS) {
            throw new ParameterException(spec.commandLine(), "--decimals '" + decimals + "': must be 0 to " + RegisterReport.MAX_DECIMALS);
        }
        CsvRegisterSource source = input.open(spec.commandLine(), false);
        ProgressLine progress = ProgressLine.onTerminal(spec.commandLine().getErr(), stderr.quiet);
        RegisterTally tally;
        try {
            tally = IndicatorCalculator.tally(new ProgressSource(source, progress), reporting.period);
        } finally {
            progress.done();
        }
        if (!tally.tallies(area.level()).containsKey(area)) {
            throw new ParameterException(spec.commandLine(), "--area '" + area + "': the register has no " + area.level().code()
                    + " with this code");
        }
        AggregateReport report = RegisterReport.of(tally, area, source.tables(), decimals);
        StandardOutput out = StandardOutput.of(spec.commandLine());
        ReportJsonWriter.write(report, out.text());
        out.println();
        out.flush();
        RejectedRows.report(spec.qualifiedName(), source, spec.commandLine().getErr());
        return ExitStatus.SUCCESS;
    }
}

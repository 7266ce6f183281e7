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
import io.github.fpkit.indicators.MissingPopulationRows;
import io.github.fpkit.indicators.report.ReportAudit;
import io.github.fpkit.io.csv.CsvRegisterSource;
import io.github.fpkit.io.csv.ValidationReport;
import io.github.fpkit.io.report.ReportJsonReader;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.report.DataQuality;
import io.github.fpkit.report.HtmlReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code fp report}: an area's report as one self-contained HTML file with charts. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = FpCommand.Version.class,
        description = {"Writes an area's report as one self-contained HTML file that opens offline and prints: the summary "
                + "paragraph of 'fp summary', the age pyramid of its women, the method mix and parity by sub-area, SRB, CPR "
                + "and the policy-compliant birth rate by sub-area with 95% intervals, a funnel plot of CPR, births by month, "
                + "the data quality (rejected rows, the findings of 'fp validate', undefined rates and why, and the audit of "
                + "--audit) and a sortable table of every indicator, downloadable as CSV.",
            "Prints the file's path. The audit's findings are in the report; they do not change the exit status."},
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {"0:success", "1:the data or the aggregate report cannot be read "
                + "or computed on", "2:usage or I/O error (including an area that is not in the register)"})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RegisterInput input;

    @Mixin
    RunOptions run;

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

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "report.html",
            description = "The HTML file to write (default report.html); replaced once the whole report is written.")
    Path out;

    @Option(names = "--audit", paramLabel = "REPORT.json",
            description = "An aggregate report (docs/AGGREGATE_REPORTS.md) whose audit the data-quality section adds, as 'fp audit' gives it.")
    Path audit;

    @Override
    public Integer call() {
        CommandLine command = spec.commandLine();
        AreaCode area = subject.area;
        CsvRegisterSource source = input.open(command, false);
        if (audit != null && !Files.isRegularFile(audit)) {
            throw new ParameterException(command, "--audit '" + audit + "': " + (Files.exists(audit) ? "is not a file" : "does not exist"));
        }
        PrintWriter err = command.getErr();
        ProgressLine progress = ProgressLine.onTerminal(err, stderr.quiet);
        ValidationReport validation;
        IndicatorCalculator calculator = settings.apply(command, IndicatorCalculator.builder().levels(HtmlReport.levelsFor(area)))
                .build();
        ComputedIndicators computed;
        try {
            // The validation reads the folder first, streaming, as fp validate does; the indicators read it again.
            ProgressSource reading = new ProgressSource(source, progress);
            validation = ValidationReport.of(source, reading);
            computed = calculator.compute(reading, reporting.period);
        } finally {
            progress.done();
        }
        AreaOption.requireIn(command, area, computed);
        DataQuality.Builder quality = DataQuality.builder().rejectedRows(source.rowErrors()).validation(validation.problems());
        if (audit != null) {
            quality.audit(audit.getFileName().toString(), ReportAudit.audit(ReportJsonReader.read(audit)));
        }
        HtmlReport.builder().language(lang.forHtml()).dataQuality(quality.build()).build().write(source, computed, area, out);
        command.getOut().println(out);
        command.getOut().flush();
        IndicatorsCommand.reportUnavailable(spec.qualifiedName(), computed, err);
        CalculatorOptions.report(spec.qualifiedName(), calculator, computed, err);
        if (!stderr.quiet) {
            MissingPopulationRows.explain(computed, area::equals).forEach(l -> err.println(spec.qualifiedName() + ": " + l));
            err.flush();
        }
        RejectedRows.report(spec.qualifiedName(), source, err);
        return ExitStatus.SUCCESS;
    }
}

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

import io.github.fpkit.indicators.report.AggregateReport;
import io.github.fpkit.indicators.report.AuditFinding;
import io.github.fpkit.indicators.report.ReportAudit;
import io.github.fpkit.io.report.AuditFindingJsonWriter;
import io.github.fpkit.io.report.ReportJsonReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code fp audit}: every inconsistency of an aggregate report (docs/AGGREGATE_REPORTS.md). */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = FpCommand.Version.class,
        description = {"Audits an aggregate report in JSON (docs/AGGREGATE_REPORTS.md): parts that do not sum to "
                + "their whole, subsets above their set, stated rates that their own counts do not give within the "
                + "stated precision, amounts that are not beneficiaries x standard, dates that do not exist.",
            "JSON output is an array of objects with rule, severity, fields, expected, stated, chineseMessage and "
                + "englishMessage."},
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {"0:no error (warnings allowed)",
            "1:the report has errors, or is not a valid report", "2:usage or I/O error"})
final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions run;

    @Mixin
    TableWidth table;

    @Option(names = "--quiet", description = "Accepted as by every command; audit prints nothing on stderr but errors, so it "
            + "changes nothing.")
    boolean quiet;

    @Parameters(index = "0", paramLabel = "REPORT.json", description = "The aggregate report, JSON in UTF-8.")
    Path report;

    @Mixin
    ListFormatOption format;

    @Option(names = "--lang", paramLabel = "L", defaultValue = "zh", description = "Language of the table's messages: zh (default) or en.")
    SummaryReport.Language language;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(report)) {
            throw new ParameterException(spec.commandLine(), "REPORT.json '" + report + "': "
                    + (Files.exists(report) ? "is not a file" : "does not exist"));
        }
        AggregateReport parsed = ReportJsonReader.read(report);
        List<AuditFinding> findings = ReportAudit.audit(parsed);
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            AuditFindingJsonWriter.write(findings, StandardOutput.of(spec.commandLine()).text());
            out.println();
        } else {
            printTable(findings, table.columns(), out);
        }
        out.flush();
        return findings.stream().anyMatch(AuditFinding::isError) ? ExitStatus.DATA_ERROR : ExitStatus.SUCCESS;
    }

    private void printTable(List<AuditFinding> findings, int width, PrintWriter out) {
        if (!findings.isEmpty()) {
            TextTable table = new TextTable().left("severity").wrapped("rule", 13).wrapped("fields", 16).wrapped("expected", 12)
                    .wrapped("stated", 10).wrapped("message", 28);
            for (AuditFinding f : findings) {
                table.add(f.severity().code(), f.rule(), String.join(", ", f.fields()), f.expected(), f.stated(),
                        language == SummaryReport.Language.ZH ? f.chineseMessage() : f.englishMessage());
            }
            table.print(out, width);
        }
        long errors = findings.stream().filter(AuditFinding::isError).count();
        out.println(String.format(Locale.ROOT, "%d error(s), %d warning(s) in %s", errors, findings.size() - errors, report));
    }
}

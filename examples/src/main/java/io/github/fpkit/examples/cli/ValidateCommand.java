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

import io.github.fpkit.indicators.MissingPopulationRows;
import io.github.fpkit.io.csv.CsvRegisterSource;
import io.github.fpkit.io.csv.RegisterProblem;
import io.github.fpkit.io.csv.ValidationReport;
import io.github.fpkit.io.json.FpkitJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code fp validate}: every rejected row and every finding of a register folder, as fp-io's {@link ValidationReport} gives them. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = FpCommand.Version.class,
        description = {"Reads every table of a register folder once, holding only what the joins need (memory grows with the "
                + "women, not the events), and lists every rejected row (rule ROW_INVALID) and every finding of the "
                + "referential and plausibility rules, by file then line.",
            "Each item names the line of its row: for a finding the row of the record it names. A row repeating the key "
                + "of an earlier row (REF_DUPLICATE_ID; in population.csv its area and period, REF_DUPLICATE_POPULATION) is "
                + "a rejected row at its own line, naming the first row's line; the first row counts. "
                + "REF_DUPLICATE_RESIDENT_ID is reported at the row that repeats the number.",
            "Records that refer to a woman or an area whose row was rejected are not listed one by one: they make one "
                + "REF_UNKNOWN_WOMAN or REF_UNKNOWN_AREA error at the rejected row's line that names the cause and their lines.",
            "JSON output is an array of objects with file, line, column, value, rule, severity (error|warning) and message."},
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {"0:no error (warnings allowed)",
            "1:the data has errors, or cannot be read", "2:usage or I/O error"})
final class ValidateCommand implements Callable<Integer> {
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
    ListFormatOption format;

    @Override
    public Integer call() {
        CsvRegisterSource source = input.open(spec.commandLine(), false);
        PrintWriter err = spec.commandLine().getErr();
        ProgressLine progress = ProgressLine.onTerminal(err, stderr.quiet);
        ValidationReport report;
        List<String> undefinedRates;
        try {
            ProgressSource reading = new ProgressSource(source, progress);
            report = ValidationReport.of(source, reading);
            undefinedRates = stderr.quiet ? List.of() : MissingPopulationRows.explain(reading);
        } finally {
            progress.done();
        }
        for (String warning : source.warnings()) {
            err.println(spec.qualifiedName() + ": warning: " + warning);
        }
        undefinedRates.forEach(line -> err.println(spec.qualifiedName() + ": " + line));
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            FpkitJson.mapper(true).writerWithDefaultPrettyPrinter().writeValue(StandardOutput.of(spec.commandLine()).text(),
                    report.problems().stream().map(ValidateCommand::json).collect(Collectors.toList()));
            out.println();
        } else {
            printTable(report, source, table.columns(), out);
        }
        out.flush();
        return report.hasErrors() ? ExitStatus.DATA_ERROR : ExitStatus.SUCCESS;
    }

    /** @return the JSON object of a problem, keys in the documented order, absent values as null */
    private static Map<String, Object> json(RegisterProblem p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", p.file());
        json.put("line", p.line().isPresent() ? p.line().getAsLong() : null);
        json.put("column", p.column().orElse(null));
        json.put("value", p.value().orElse(null));
        json.put("rule", p.rule());
        json.put("severity", p.severity().code());
        json.put("message", p.message());
        return json;
    }

    private static void printTable(ValidationReport report, CsvRegisterSource source, int width, PrintWriter out) {
        if (!report.problems().isEmpty()) {
            TextTable table = new TextTable().left("severity").wrapped("rule", 13).left("file").right("line")
                    .wrapped("column", 10).wrapped("value", 10).wrapped("message", 28);
            for (RegisterProblem p : report.problems()) {
                table.add(p.severity().code(), p.rule(), Path.of(p.file()).getFileName().toString(),
                        p.line().isPresent() ? Long.toString(p.line().getAsLong()) : "", p.column().orElse(""), p.value().orElse(""),
                        p.message());
            }
            table.print(out, width);
        }
        out.println(String.format(Locale.ROOT, "%d error(s), %d warning(s); %,d rows read in %d files of %s", report.errors(),
                report.warnings(), source.totalCounts().read(), source.tables().size(), source.folder()));
    }
}

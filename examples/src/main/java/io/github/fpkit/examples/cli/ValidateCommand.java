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

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorCalculator;
import io.github.fpkit.indicators.validation.RegisterValidator;
import io.github.fpkit.io.csv.CsvRegisterSource;
import io.github.fpkit.io.json.FpkitJson;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.model.register.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fp validate}: every rejected row and every finding of a register folder. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = FpCommand.Version.class,
        description = {"Reads every table of a register folder once and lists every rejected row (rule ROW_INVALID) and "
                + "every finding of the referential and plausibility rules.",
            "Each item names the line of its row: for a finding the row of the record it names. A row repeating the id "
                + "of an earlier row (REF_DUPLICATE_ID; in population.csv its area and period, REF_DUPLICATE_POPULATION) is "
                + "a rejected row at its own line, naming the first row's line; the first row counts.",
            "Records that refer to a woman whose women.csv row was rejected are not listed one by one: they make one "
                + "REF_UNKNOWN_WOMAN error per woman, at her rejected row's line, that names the cause and their lines.",
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

    @Option(names = "--quiet", description = RunOptions.QUIET_READING)
    boolean quiet;

    @Option(names = "--format", paramLabel = "F", defaultValue = "table", description = "table (default) or json.")
    ListFormat format;

    @Override
    public Integer call() {
        CsvRegisterSource source = input.open(spec.commandLine(), false);
        PrintWriter err = spec.commandLine().getErr();
        ProgressLine progress = ProgressLine.onTerminal(err, quiet);
        Register register;
        RecordLines lines = new RecordLines();
        try {
            register = Register.copyOf(new ProgressSource(new LineNotingSource(source, lines), progress));
        } finally {
            progress.done();
        }
        List<Problem> problems = new ArrayList<>();
        source.rowErrors().forEach(e -> problems.add(Problem.of(e)));
        problems.addAll(FindingProblems.of(RegisterValidator.validate(register), lines, source.rowErrors(),
                t -> source.files().getOrDefault(t, source.folder().resolve(t.fileName())).toString()));
        for (String warning : source.warnings()) {
            err.println(spec.qualifiedName() + ": warning: " + warning);
        }
        explainUndefinedCrudeRates(register, err);
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        if (format == ListFormat.JSON) {
            FpkitJson.mapper(true).writerWithDefaultPrettyPrinter().writeValue(StandardOutput.of(spec.commandLine()).text(),
                    problems.stream().map(Problem::toJson).collect(Collectors.toList()));
            out.println();
        } else {
            printTable(problems, source, table.columns(), out);
        }
        out.flush();
        boolean errors = problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
        return errors ? ExitStatus.DATA_ERROR : ExitStatus.SUCCESS;
    }

    /**
     * The population rows are complete or not per period: for each period they are given
     * for, the townships and counties whose crude rates the missing rows leave undefined.
     */
    private void explainUndefinedCrudeRates(Register register, PrintWriter err) {
        if (quiet || !register.has(RegisterTable.POPULATION)) {
            return;
        }
        Set<ReportingPeriod> periods = register.populationCounts().map(PopulationCount::period)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        IndicatorCalculator calculator = IndicatorCalculator.builder().indicators(EnumSet.of(Indicator.CBR, Indicator.CDR,
                Indicator.NIR)).levels(EnumSet.allOf(AreaLevel.class)).build();
        for (ReportingPeriod period : periods) {
            MissingPopulationRows.report(spec.qualifiedName(), calculator.compute(register, period),
                    EnumSet.of(AreaLevel.TOWNSHIP, AreaLevel.COUNTY), false, err);
        }
    }

    private static void printTable(List<Problem> problems, CsvRegisterSource source, int width, PrintWriter out) {
        if (!problems.isEmpty()) {
            TextTable table = new TextTable().left("severity").wrapped("rule", 13).left("file").right("line")
                    .wrapped("column", 10).wrapped("value", 10).wrapped("message", 28);
            for (Problem p : problems) {
                table.add(p.severity().code(), p.rule(), Path.of(p.file()).getFileName().toString(), p.where(), p.column(),
                        p.value(), p.message());
            }
            table.print(out, width);
        }
        long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
        out.println(String.format(Locale.ROOT, "%d error(s), %d warning(s); %,d rows read in %d files of %s", errors,
                problems.size() - errors, source.totalCounts().read(), source.tables().size(), source.folder()));
    }
}

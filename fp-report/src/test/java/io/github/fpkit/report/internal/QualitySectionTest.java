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
package io.github.fpkit.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.ComputedIndicators;
import io.github.fpkit.indicators.IndicatorCalculator;
import io.github.fpkit.indicators.report.AuditFinding;
import io.github.fpkit.io.csv.CsvRegister;
import io.github.fpkit.io.csv.CsvRegisterSource;
import io.github.fpkit.io.csv.CsvStyle;
import io.github.fpkit.io.csv.RegisterProblem;
import io.github.fpkit.io.csv.RowError;
import io.github.fpkit.io.csv.ValidationReport;
import io.github.fpkit.model.Area;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Finding;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.model.register.Severity;
import io.github.fpkit.report.DataQuality;
import io.github.fpkit.report.HtmlReport;
import io.github.fpkit.report.ReportLanguage;
import io.github.fpkit.synthetic.CsvFileSink;
import io.github.fpkit.synthetic.GeneratorSettings;
import io.github.fpkit.synthetic.RegisterGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data-quality section: what was rejected, found, left undefined and audited, and what was not checked. */
class QualitySectionTest {
    private static final AreaCode TOWNSHIP = AreaCode.of("990101001000");
    private static final AreaCode VILLAGE_1 = AreaCode.of("990101001001");
    private static final AreaCode VILLAGE_2 = AreaCode.of("990101001002");

    @TempDir
    Path dir;

    @Test
    void nothingChecked_isSaid_notLeftBlank() {
        List<Block> blocks = QualitySection.of(context(ReportLanguage.EN), DataQuality.none());
        assertEquals(List.of("rejected-rows", "validation", "undefined-rates", "unavailable"),
                blocks.stream().map(Block::id).collect(Collectors.toList()));
        // A register in memory counts its rows too; there are no rejected rows to list.
        assertEquals(List.of("No row was rejected."), blocks.get(0).paragraphs());
        assertEquals(List.of("women.csv", "2", "0", "0", "0", "2"), blocks.get(0).table().orElseThrow().row("women.csv").orElseThrow().cells());
        assertEquals(List.of("The register was not validated."), blocks.get(1).paragraphs());
    }

    @Test
    void aFolderWithRejectedRows_hasThemPerTable_withTheFirstFewAndTheirLines_andFpValidatesFindingsByRule() throws IOException {
        Path folder = dir.resolve("register");
        CsvFileSink sink = CsvFileSink.create(folder, StandardCharsets.UTF_8, CsvStyle.CANONICAL);
        try {
            RegisterGenerator.of(GeneratorSettings.builder().women(300).villages(2).seed(3).build()).generate(sink);
        } finally {
            sink.close();
        }
        List<String> women = Files.readAllLines(folder.resolve("women.csv"));
        int birthDate = List.of(women.get(0).split(",")).indexOf("birth_date");
        for (int row = 1; row <= 7; row++) {
            String[] cells = women.get(row).split(",", -1);
            cells[birthDate] = "2009-02-30";
            women.set(row, String.join(",", cells));
        }
        Files.write(folder.resolve("women.csv"), women);
        CsvRegisterSource source = CsvRegister.builder().open(folder);
        ValidationReport validation = ValidationReport.of(source);
        AreaCode township = AreaCode.of("990102001000");
        ComputedIndicators computed = IndicatorCalculator.builder().levels(HtmlReport.levelsFor(township)).build().compute(source, Registers.PERIOD);
        ReportContext c = ReportContext.of(Wording.of(ReportLanguage.EN), computed, township, AreaProfile.of(source, township, Registers.PERIOD));
        List<Block> blocks = QualitySection.of(c, DataQuality.builder().rejectedRows(source.rowErrors())
                .validation(validation.problems()).build());

        Table counts = blocks.get(0).table().orElseThrow();
        assertEquals(List.of("women.csv", "300", "7", "0", "0", "293"), counts.row("women.csv").orElseThrow().cells());
        assertTrue(blocks.get(0).paragraphs().get(0).startsWith("7 row(s) rejected"), blocks.get(0).paragraphs().toString());
        Table first = blocks.get(1).table().orElseThrow();
        assertEquals("rejected-examples", blocks.get(1).id());
        assertEquals(QualitySection.ROWS_LISTED, first.rows().size());
        assertEquals("2", first.rows().get(0).cells().get(1));
        assertEquals(List.of("birth_date", "2009-02-30"), first.rows().get(0).cells().subList(2, 4));
        // The records of the rejected women fold into one error per woman, at her row, as fp validate gives them.
        Table findings = blocks.get(2).table().orElseThrow();
        TableRow unknown = findings.row("REF_UNKNOWN_WOMAN").orElseThrow();
        assertEquals(Long.toString(validation.problems().stream().filter(p -> p.rule().equals("REF_UNKNOWN_WOMAN")).count()),
                unknown.cells().get(2));
        assertTrue(unknown.cells().get(3).startsWith("women.csv line 2: "), unknown.cells().get(3));
        assertTrue(findings.row(RegisterProblem.ROW_INVALID).isEmpty(), "rejected rows are listed with the rows");
    }

    @Test
    void validationProblems_byRule_withCountsAndTheFirstExamples() {
        List<RegisterProblem> problems = new ArrayList<>();
        for (int line = 10; line < 15; line++) {
            problems.add(RegisterProblem.of(Finding.builder().rule("REF_UNKNOWN_WOMAN").severity(Severity.ERROR).table(RegisterTable.BIRTHS)
                    .recordId("B" + line).message("no mother").line(line).build(), "/data/births.csv"));
        }
        problems.add(RegisterProblem.of(Finding.builder().rule("PLAUSIBLE_AGE").severity(Severity.WARNING).table(RegisterTable.WOMEN)
                .recordId("W1").message("age 60").build(), "/data/women.csv"));
        problems.add(RegisterProblem.of(RowError.of("/data/women.csv", 3, "birth_date", "x", "not a date")));
        List<Block> blocks = QualitySection.of(context(ReportLanguage.ZH), DataQuality.builder().validation(problems).build());
        Table table = blocks.get(1).table().orElseThrow();
        assertEquals(List.of("REF_UNKNOWN_WOMAN", "错误", "5", "births.csv 第10行: births.csv B10: no mother\n"
                + "births.csv 第11行: births.csv B11: no mother\nbirths.csv 第12行: births.csv B12: no mother"),
                table.row("REF_UNKNOWN_WOMAN").orElseThrow().cells());
        assertEquals(List.of("PLAUSIBLE_AGE", "警告", "1", "women.csv: women.csv W1: age 60"), table.row("PLAUSIBLE_AGE").orElseThrow().cells());
        assertEquals(2, table.rows().size(), "rejected rows are listed with the rows");
        assertEquals(List.of("校验没有发现其他问题。"), QualitySection.of(context(ReportLanguage.ZH), DataQuality.builder()
                .validation(List.of(RegisterProblem.of(RowError.of("/data/women.csv", 3, "birth_date", "x", "not a date"))))
                .build()).get(1).paragraphs());
    }

    @Test
    void anAudit_listsItsFindings_inTheLanguage() {
        AuditFinding finding = AuditFinding.builder().rule("PART_WHOLE").severity(Severity.ERROR).addFields("births.total", "births.male")
                .expected("125").stated("126").chineseMessage("出生合计不等于分项之和").englishMessage("births do not add up").build();
        DataQuality quality = DataQuality.builder().audit("shifan.json", List.of(finding)).build();
        Block audit = QualitySection.of(context(ReportLanguage.EN), quality).get(4);
        assertEquals("Audit of the aggregate report shifan.json", audit.heading());
        assertEquals(List.of("error", "PART_WHOLE", "births.total, births.male", "125", "126", "births do not add up"),
                audit.table().orElseThrow().rows().get(0).cells());
        assertEquals(List.of("1 error(s), 0 warning(s)."), audit.paragraphs());
    }

    @Test
    void undefinedRates_sayWhichPopulationRowIsMissing_andWhichDenominatorIs0() {
        Block block = QualitySection.of(context(ReportLanguage.EN), DataQuality.none()).get(2);
        Table table = block.table().orElseThrow();
        TableRow crude = table.row("CBR, CDR, NIR").orElseThrow();
        assertTrue(crude.cells().get(1).startsWith("Township"), crude.toString());
        assertEquals("population.csv has no row for Village 2 (990101001002) (add it, or one for Township itself)", crude.cells().get(2));
        assertTrue(table.rows().stream().anyMatch(r -> r.cells().get(2).equals("population.csv has no row for the area")
                && r.cells().get(1).equals("Village 2")), table.rows().toString());
        TableRow srb = table.row("SRB").orElseThrow();
        assertEquals("no girls born", srb.cells().get(2));
    }

    /** A township of two villages; the second has no population row; one boy is born in the first. */
    private static ReportContext context(ReportLanguage language) {
        Register register = Register.builder().withTable(RegisterTable.BIRTHS).withTable(RegisterTable.DEATHS)
                .add(Area.of(TOWNSHIP, "Township")).add(Area.of(VILLAGE_1, "Village 1")).add(Area.of(VILLAGE_2, "Village 2"))
                .add(PopulationCount.builder().areaCode(VILLAGE_1).period(Registers.PERIOD).averagePopulation(500).build())
                .add(woman("W1", VILLAGE_1)).add(woman("W2", VILLAGE_2))
                .add(Birth.builder().id("B1").motherId("W1").birthDate(LocalDate.of(2009, 5, 1)).sex(Sex.MALE).birthOrder(1).build())
                .build();
        return Registers.context(register, Registers.PERIOD, TOWNSHIP, language);
    }

    private static Woman woman(String id, AreaCode area) {
        return Woman.builder().id(id).areaCode(area).birthDate(LocalDate.of(1980, 1, 1)).maritalStatus(MaritalStatus.MARRIED).build();
    }
}

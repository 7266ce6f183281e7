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

import io.github.fpkit.indicators.report.AuditFinding;
import io.github.fpkit.io.csv.RowCounts;
import io.github.fpkit.io.csv.RowError;
import io.github.fpkit.model.Area;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.model.register.Severity;
import io.github.fpkit.report.DataQuality;
import io.github.fpkit.report.ReportLanguage;
import io.github.fpkit.report.ValidationIssue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The data-quality section: what was rejected, found, left undefined and audited, and what was not checked. */
class QualitySectionTest {
    private static final AreaCode TOWNSHIP = AreaCode.of("990101001000");
    private static final AreaCode VILLAGE_1 = AreaCode.of("990101001001");
    private static final AreaCode VILLAGE_2 = AreaCode.of("990101001002");

    @Test
    void nothingChecked_isSaid_notLeftBlank() {
        List<Block> blocks = QualitySection.of(context(ReportLanguage.EN), DataQuality.none());
        assertEquals(List.of("rejected-rows", "validation", "undefined-rates", "unavailable"),
                blocks.stream().map(Block::id).collect(Collectors.toList()));
        assertEquals(List.of("The register was not read from files here: there is no record of rejected rows."),
                blocks.get(0).paragraphs());
        assertEquals(List.of("The register was not validated."), blocks.get(1).paragraphs());
    }

    @Test
    void rejectedRows_perTable_withTheFirstFewAndTheirLines() {
        List<RowError> errors = new ArrayList<>();
        for (int line = 2; line < 9; line++) {
            errors.add(RowError.of("/data/women.csv", line, "birth_date", "2009-02-30", "not a real date"));
        }
        errors.add(RowError.of("/data/births.csv", 4, null, "", "3 cells, the header has 8"));
        DataQuality quality = DataQuality.builder().rows(Map.of(RegisterTable.WOMEN, RowCounts.of(100, 7),
                RegisterTable.BIRTHS, RowCounts.of(50, 1)), errors).build();
        List<Block> blocks = QualitySection.of(context(ReportLanguage.EN), quality);
        Table counts = blocks.get(0).table().orElseThrow();
        assertEquals(List.of("women.csv", "107", "100", "7"), counts.row("women.csv").orElseThrow().cells());
        assertEquals(List.of("8 row(s) rejected and left out of every figure; fp validate lists them all."), blocks.get(0).paragraphs());
        Table first = blocks.get(1).table().orElseThrow();
        assertEquals("rejected-examples", blocks.get(1).id());
        assertEquals(QualitySection.ROWS_LISTED + 1, first.rows().size());
        assertEquals(List.of("women.csv", "2", "birth_date", "2009-02-30", "not a real date"), first.rows().get(0).cells());
        assertEquals(List.of("births.csv", "4", "", "", "3 cells, the header has 8"), first.rows().get(QualitySection.ROWS_LISTED).cells());
    }

    @Test
    void validationFindings_byRule_withCountsAndTheFirstExamples() {
        List<ValidationIssue> issues = new ArrayList<>();
        for (int line = 10; line < 15; line++) {
            issues.add(ValidationIssue.of("REF_UNKNOWN_WOMAN", Severity.ERROR, "births.csv", OptionalLong.of(line), "B" + line + ": no mother"));
        }
        issues.add(ValidationIssue.of("PLAUSIBLE_AGE", Severity.WARNING, "women.csv", OptionalLong.empty(), "W1: age 60"));
        List<Block> blocks = QualitySection.of(context(ReportLanguage.ZH), DataQuality.builder().validation(issues).build());
        Table table = blocks.get(1).table().orElseThrow();
        assertEquals(List.of("REF_UNKNOWN_WOMAN", "错误", "5", "births.csv 第10行: B10: no mother\nbirths.csv 第11行: B11: no mother\n"
                + "births.csv 第12行: B12: no mother"), table.row("REF_UNKNOWN_WOMAN").orElseThrow().cells());
        assertEquals(List.of("PLAUSIBLE_AGE", "警告", "1", "women.csv: W1: age 60"), table.row("PLAUSIBLE_AGE").orElseThrow().cells());
        assertEquals(List.of("校验没有发现问题。"),
                QualitySection.of(context(ReportLanguage.ZH), DataQuality.builder().validation(List.of()).build()).get(1).paragraphs());
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

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.ComputedIndicators;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorCalculator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.io.csv.CsvRegister;
import io.github.fpkit.io.csv.ResultCsvWriter;
import io.github.fpkit.io.json.FpkitJson;
import io.github.fpkit.io.json.ResultJsonReader;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.synthetic.GeneratorSettings;
import io.github.fpkit.synthetic.RegisterGenerator;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;

class FpCommandTest {
    private static final AreaCode TOWNSHIP = AreaCode.of("990102001000");

    @TempDir
    static Path temp;

    static Path register;

    @BeforeAll
    static void generateRegister() {
        register = RegisterFolders.generated(temp.resolve("register"), 400, 3, 5);
    }

    private static Path copyOfRegister(String name) throws IOException {
        return RegisterFolders.copy(register, temp.resolve(name));
    }

    private static void assertOneLine(String err) {
        assertEquals(1, err.strip().lines().count(), err);
        assertFalse(err.contains("\tat "), err);
    }

    // --- generate

    @Test
    void test_generate_writesEveryTable_deterministically_andReadsBackToTheGeneratedRecords() throws IOException {
        Path again = temp.resolve("again");
        FpRun run = FpRun.of("generate", again.toString(), "--women", "400", "--villages", "3", "--seed", "5");
        assertEquals(0, run.status, run.toString());
        assertTrue(run.out.contains("women.csv 400"), run.out);
        try (var files = Files.list(register)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                assertEquals(-1L, Files.mismatch(f, again.resolve(f.getFileName())), f.toString());
            }
        }
        Register expected = RegisterGenerator.of(GeneratorSettings.builder().women(400).villages(3).seed(5).build()).toRegister();
        Register back = Register.copyOf(CsvRegister.builder().strict(true).open(register));
        assertEquals(expected.women().collect(Collectors.toList()), back.women().collect(Collectors.toList()));
        assertEquals(expected.births().collect(Collectors.toList()), back.births().collect(Collectors.toList()));
        assertEquals(expected.tables(), back.tables());
    }

    @Test
    void test_generateChineseGbk_hasChineseHeadersAndLabels_andReadsBackToEqualRecords() throws IOException {
        Path zh = temp.resolve("zh-gbk");
        FpRun run = FpRun.of("generate", zh.toString(), "--women", "200", "--seed", "9", "--chinese", "--encoding", "GBK");
        assertEquals(0, run.status, run.toString());
        Charset gbk = Charset.forName("GBK");
        List<String> women = Files.readAllLines(zh.resolve("women.csv"), gbk);
        assertEquals("编号,身份证号,区划代码,户编号,出生日期,婚姻状况,结婚日期,户籍类型", women.get(0));
        assertTrue(women.get(1).matches(".*\\d{4}年\\d{1,2}月\\d{1,2}日.*"), women.get(1));
        assertTrue(women.stream().anyMatch(l -> l.contains(",已婚,")), "Chinese marital labels");
        Register expected = RegisterGenerator.of(GeneratorSettings.builder().women(200).seed(9).build()).toRegister();
        Register back = Register.copyOf(CsvRegister.builder().encoding(gbk).strict(true).open(zh));
        assertEquals(expected.women().collect(Collectors.toList()), back.women().collect(Collectors.toList()));
        assertEquals(expected.contraceptiveEpisodes().collect(Collectors.toList()),
                back.contraceptiveEpisodes().collect(Collectors.toList()));
        assertEquals(expected.households().collect(Collectors.toList()), back.households().collect(Collectors.toList()));
    }

    @Test
    void test_generate_badWomen_isUsageError() {
        FpRun run = FpRun.of("generate", temp.resolve("none").toString(), "--women", "0");
        assertEquals(2, run.status);
        assertTrue(run.err.contains("--women '0': must be 1 to"), run.err);
        assertOneLine(run.err);
    }

    // --- indicators

    @Test
    void test_indicatorsJson_areTheComputedResultRecords() {
        FpRun run = FpRun.of("indicators", register.toString(), "--period", "2009SY", "--format", "json");
        assertEquals(0, run.status, run.toString());
        List<IndicatorResult> printed = FpkitJson.mapper(true).readValue(run.out, new TypeReference<List<IndicatorResult>>() { });
        ComputedIndicators computed = IndicatorCalculator.builder().level(AreaLevel.VILLAGE).build()
                .compute(CsvRegister.builder().open(register), ReportingPeriod.parse("2009SY"));
        assertEquals(computed.results(), printed);
        assertEquals(3 * Indicator.values().length, printed.size());
        List<Map<String, Object>> raw = FpkitJson.mapper(true).readValue(run.out, new TypeReference<List<Map<String, Object>>>() { });
        // The contract's ten keys, then the four that issue 12 added.
        assertEquals(List.of("area", "areaName", "period", "indicator", "numerator", "denominator", "value", "unit", "ciLow", "ciHigh",
                "confidence", "status", "level", "periodCode"), List.copyOf(raw.get(0).keySet()));
        assertEquals(printed, ResultJsonReader.read(new StringReader(run.out), "stdout"));
        assertEquals("", run.err);
    }

    @Test
    void test_indicatorsCsv_subsetAtEveryLevel() {
        FpRun run = FpRun.of("indicators", register.toString(), "--period", "2009SY", "--format", "csv", "--level", "all",
                "--indicators", "cpr,SRB");
        assertEquals(0, run.status, run.toString());
        List<String> lines = run.out.lines().collect(Collectors.toList());
        assertEquals(String.join(",", ResultCsvWriter.COLUMNS), lines.get(0));
        // 3 villages + 1 township + 1 county, two indicators each
        assertEquals(1 + 5 * 2, lines.size(), run.out);
        Set<String> indicators = lines.stream().skip(1).map(l -> l.split(",")[3]).collect(Collectors.toSet());
        assertEquals(Set.of("CPR", "SRB"), indicators);
        assertTrue(run.out.contains("990102000000,模拟县,2008-10-01/2009-09-30,CPR,"), run.out);
    }

    @Test
    void test_indicatorsTable_oneLanguage_roundedWithInterval_confidenceInHeader() {
        FpRun zh = FpRun.of("indicators", register.toString(), "--period", "2009SY", "--level", "township",
                "--indicators", "CPR", "--confidence", "0.9");
        assertEquals(0, zh.status, zh.toString());
        List<String> lines = zh.out.lines().collect(Collectors.toList());
        assertEquals(3, lines.size(), zh.out);
        assertTrue(lines.get(0).matches("区划代码\\s+名称\\s+指标代码\\s+指标\\s+数值\\s+单位\\s+90%置信区间"), lines.get(0));
        assertTrue(lines.get(2).matches("990102001000\\s+第1乡\\s+CPR\\s+综合避孕率\\s+"
                + "\\d+\\.\\d\\d\\s+%\\s+\\[\\d+\\.\\d\\d, \\d+\\.\\d\\d\\]"), lines.get(2));
        FpRun en = FpRun.of("indicators", register.toString(), "--period", "2009SY", "--level", "township",
                "--indicators", "CPR,TFR", "--lang", "en");
        List<String> english = en.out.lines().collect(Collectors.toList());
        assertTrue(english.get(0).matches("area\\s+name\\s+code\\s+indicator\\s+value\\s+unit\\s+95% CI"), english.get(0));
        assertTrue(english.get(2).contains("TFR") && english.get(2).contains("children per woman"), english.get(2));
        assertTrue(english.get(3).matches("990102001000\\s+第1乡\\s+CPR\\s+Contraceptive prevalence rate\\s+\\d+\\.\\d\\d\\s+%\\s+\\[.*"),
                english.get(3));
    }

    @Test
    void test_indicatorsCsv_excel_byteOrderMarkOrGbk_andOnlyCsv() {
        FpRun plain = FpRun.of("indicators", register.toString(), "--period", "2009SY", "--level", "county", "--format", "csv");
        FpRun excel = FpRun.of("indicators", register.toString(), "--period", "2009SY", "--level", "county", "--excel");
        assertEquals(0, excel.status, excel.toString());
        assertEquals("\uFEFF" + plain.out, excel.out);
        FpRun gbk = FpRun.of("indicators", register.toString(), "--period", "2009SY", "--level", "county", "--excel=gbk");
        assertEquals(0, gbk.status, gbk.toString());
        assertEquals(plain.out, new String(gbk.bytes, Charset.forName("GBK")));
        assertTrue(plain.out.contains(",模拟县,") && !plain.out.contains("\r"), "LF line ends: " + plain.out);
        FpRun json = FpRun.of("indicators", register.toString(), "--period", "2009SY", "--excel", "--format", "json");
        assertEquals(2, json.status, json.toString());
        assertTrue(json.err.contains("--excel writes CSV; it cannot be used with --format json"), json.err);
        assertOneLine(json.err);
    }

    @Test
    void test_indicators_lenientLeavesRejectedRowsOut_andPointsToValidate_strictFails() throws IOException {
        Path damaged = copyOfRegister("damaged");
        List<String> women = Files.readAllLines(damaged.resolve("women.csv"));
        String[] cells = women.get(5).split(",", -1);
        cells[4] = "2009-02-29";
        women.set(5, String.join(",", cells));
        Files.write(damaged.resolve("women.csv"), women);

        FpRun lenient = FpRun.of("indicators", damaged.toString(), "--period", "2009SY", "--indicators", "WRA");
        assertEquals(0, lenient.status, lenient.toString());
        assertTrue(lenient.err.contains("1 rejected row(s) left out (women.csv 1)"), lenient.err);
        assertTrue(lenient.err.contains("line 6"), lenient.err);
        assertTrue(lenient.err.contains("fp validate"), lenient.err);

        FpRun strict = FpRun.of("indicators", damaged.toString(), "--period", "2009SY", "--strict");
        assertEquals(1, strict.status, strict.toString());
        assertTrue(strict.err.startsWith("fp indicators: "), strict.err);
        assertTrue(strict.err.contains("women.csv line 6") && strict.err.contains("birth_date"), strict.err);
        assertOneLine(strict.err);
        assertEquals("", strict.out);
    }

    @Test
    void test_badFolder_isUsageError() {
        FpRun run = FpRun.of("indicators", temp.resolve("nowhere").toString(), "--period", "2009SY");
        assertEquals(2, run.status);
        assertTrue(run.err.contains("does not exist"), run.err);
        assertOneLine(run.err);
    }

    @Test
    void test_badPeriod_isUsageError_namingTheValue() {
        FpRun run = FpRun.of("indicators", register.toString(), "--period", "2009XY");
        assertEquals(2, run.status);
        assertTrue(run.err.contains("--period") && run.err.contains("'2009XY'") && run.err.contains("2009SY"), run.err);
        assertOneLine(run.err);
        assertEquals("", run.out);
    }

    @Test
    void test_impossiblePeriod_isExplainedInOurWords_notJavaTimes() {
        FpRun day = FpRun.of("indicators", register.toString(), "--period", "2009-02-30/2009-03-31");
        assertEquals(2, day.status);
        assertTrue(day.err.contains("'2009-02-30/2009-03-31': 2009-02-30 is not a real date: February has 28 days in 2009"),
                day.err);
        FpRun month = FpRun.of("summary", register.toString(), "--period", "2009-13", "--area", TOWNSHIP.toString());
        assertTrue(month.err.contains("'2009-13': 2009-13 is not a real month: the month must be 01 to 12"), month.err);
        FpRun form = FpRun.of("indicators", register.toString(), "--period", "2009/2010");
        assertTrue(form.err.contains("'2009/2010': the first date '2009' is not written as 2009-09-30"), form.err);
        for (FpRun run : List.of(day, month, form)) {
            assertOneLine(run.err);
            assertFalse(run.err.contains("Text '") || run.err.contains("Invalid date") || run.err.contains("MonthOfYear")
                    || run.err.contains("parsed"), run.err);
        }
    }

    @Test
    void test_unknownEncodingName_isUsageError() {
        FpRun run = FpRun.of("validate", register.toString(), "--encoding", "KLINGON-8");
        assertEquals(2, run.status);
        assertTrue(run.err.contains("'KLINGON-8': not an encoding of the register format"), run.err);
        assertOneLine(run.err);
    }

    @Test
    void test_encodingJavaKnowsButTheFormatDoesNot_isUsageError_beforeAnythingIsWritten() {
        Path out = temp.resolve("latin1");
        FpRun run = FpRun.of("generate", out.toString(), "--women", "10", "--encoding", "ISO-8859-1");
        assertEquals(2, run.status, run.toString());
        assertOneLine(run.err);
        assertFalse(Files.exists(out), "nothing written");
        FpRun gb18030 = FpRun.of("validate", register.toString(), "--encoding", "gb18030");
        assertTrue(gb18030.status != ExitStatus.USAGE_OR_IO_ERROR, "GB18030 is an encoding of the format: " + gb18030);
    }

    @Test
    void test_bytesInvalidInTheEncoding_isDataError_namingFile() throws IOException {
        Path gbk = temp.resolve("gbk-as-utf8");
        assertEquals(0, FpRun.of("generate", gbk.toString(), "--women", "50", "--chinese", "--encoding", "GBK").status);
        FpRun run = FpRun.of("indicators", gbk.toString(), "--period", "2009SY");
        assertEquals(1, run.status, run.toString());
        assertTrue(run.err.contains(".csv") && run.err.contains("GBK"), run.err);
        assertTrue(run.err.strip().endsWith("try --encoding GBK"), run.err);
        assertOneLine(run.err);
        FpRun right = FpRun.of("indicators", gbk.toString(), "--period", "2009SY", "--encoding", "gbk", "--indicators", "WRA");
        assertEquals(0, right.status, right.toString());
    }

    @Test
    void test_missingColumn_isDataError_namingFileAndColumn() throws IOException {
        Path broken = copyOfRegister("no-birth-date");
        List<String> births = Files.readAllLines(broken.resolve("births.csv"));
        births.replaceAll(l -> l.replaceFirst("^([^,]*,[^,]*,)[^,]*,", "$1"));
        Files.write(broken.resolve("births.csv"), births);
        FpRun run = FpRun.of("indicators", broken.toString(), "--period", "2009SY");
        assertEquals(1, run.status, run.toString());
        assertTrue(run.err.contains("births.csv") && run.err.contains("birth_date"), run.err);
        assertOneLine(run.err);
    }

    @Test
    void test_debug_printsTheStackTrace() {
        FpRun run = FpRun.of("indicators", temp.resolve("nowhere").toString(), "--period", "2009SY", "--debug");
        assertEquals(2, run.status);
        assertTrue(run.err.contains("\tat "), run.err);
    }

    @Test
    void test_badConfidenceAndIndicator_areUsageErrors() {
        FpRun confidence = FpRun.of("indicators", register.toString(), "--period", "2009SY", "--confidence", "1.5");
        assertEquals(2, confidence.status);
        assertTrue(confidence.err.contains("--confidence '1.5'"), confidence.err);
        FpRun indicator = FpRun.of("indicators", register.toString(), "--period", "2009SY", "--indicators", "CPR,XYZ");
        assertEquals(2, indicator.status);
        assertTrue(indicator.err.contains("'XYZ': not an indicator code; 'fp indicators --help' lists them"), indicator.err);
        assertEquals(1, indicator.err.split("--help", -1).length - 1, "one pointer to the help: " + indicator.err);
        assertOneLine(indicator.err);
        FpRun level = FpRun.of("indicators", register.toString(), "--period", "2009SY", "--level", "province");
        assertEquals(2, level.status);
        assertTrue(level.err.contains("province"), level.err);
    }

    @Test
    void test_crudeRatesUndefinedByAMissingVillagePopulationRow_areExplainedOnStderr_unlessQuiet() throws IOException {
        Path partial = copyOfRegister("no-population-of-village-2");
        List<String> population = Files.readAllLines(partial.resolve("population.csv"));
        assertTrue(population.removeIf(l -> l.startsWith("990102001002,")), population.toString());
        Files.write(partial.resolve("population.csv"), population);
        String township = "CBR, CDR, NIR undefined for 990102001000 第1乡 in 2009SY: population.csv has no row for "
                + "990102001002 1乡2村 (add it, or one for 990102001000 itself)";
        String countyAndTownship = "CBR, CDR, NIR undefined for 990102000000 模拟县 and 990102001000 第1乡 in 2009SY: "
                + "population.csv has no row for 990102001002 1乡2村 (add it, or one for each of 990102000000 and 990102001000)";

        FpRun indicators = FpRun.of("indicators", partial.toString(), "--period", "2009SY", "--level", "township");
        assertEquals(0, indicators.status, indicators.toString());
        assertEquals(List.of("fp indicators: " + township), indicators.err.lines().collect(Collectors.toList()));
        FpRun all = FpRun.of("indicators", partial.toString(), "--period", "2009SY", "--level", "all", "--format", "csv");
        assertEquals(List.of("fp indicators: " + countyAndTownship),
                all.err.lines().collect(Collectors.toList()));
        assertEquals(FpRun.of("indicators", register.toString(), "--period", "2009SY", "--level", "all", "--format", "csv")
                .out.lines().count(), all.out.lines().count(), "the same areas and indicators as for the whole register");
        FpRun csv = FpRun.of("indicators", partial.toString(), "--period", "2009SY", "--level", "township", "--format", "csv");
        assertTrue(csv.out.lines().skip(1).allMatch(l -> l.startsWith("990102001000,")), csv.out);
        assertEquals("", FpRun.of("indicators", partial.toString(), "--period", "2009SY", "--level", "village").err);
        assertEquals("", FpRun.of("indicators", partial.toString(), "--period", "2009SY", "--level", "township",
                "--quiet").err);

        FpRun summary = FpRun.of("summary", partial.toString(), "--period", "2009SY", "--area", TOWNSHIP.toString());
        assertEquals(List.of("fp summary: " + township), summary.err.lines().collect(Collectors.toList()));
        FpRun validate = FpRun.of("validate", partial.toString());
        assertEquals(0, validate.status, validate.toString());
        assertEquals(List.of("fp validate: " + countyAndTownship),
                validate.err.lines().collect(Collectors.toList()));
        assertEquals("", FpRun.of("validate", partial.toString(), "--quiet").err);

        FpRun month = FpRun.of("indicators", register.toString(), "--period", "2009-09", "--level", "township");
        assertEquals(List.of("fp indicators: CBR, CDR, NIR undefined everywhere: population.csv has no row for 2009-09"),
                month.err.lines().collect(Collectors.toList()));
        assertEquals("", FpRun.of("indicators", register.toString(), "--period", "2009SY", "--level", "all").err);
        assertEquals("", FpRun.of("validate", register.toString()).err);
    }

    @Test
    void test_indicatorsHelp_listsEveryCodeWithItsChineseNameAndUnit() {
        FpRun help = FpRun.of("indicators", "--help");
        assertEquals(0, help.status, help.toString());
        assertTrue(help.out.replaceAll("\\s+", " ").contains("the codes are listed at the end of this help"), help.out);
        List<String> lines = help.out.lines().collect(Collectors.toList());
        int heading = lines.indexOf("Indicator codes (--indicators):");
        assertTrue(heading > 0, help.out);
        List<String> listed = lines.subList(heading + 3, lines.size());
        assertEquals(Indicator.values().length, listed.size(), help.out);
        for (int i = 0; i < listed.size(); i++) {
            Indicator indicator = Indicator.values()[i];
            assertEquals(List.of(indicator.code(), indicator.chineseName(), indicator.unit().symbol()),
                    List.of(listed.get(i).split("\\s{2,}")), listed.get(i));
        }
    }

    // --- validate

    @Test
    void test_validate_cleanRegister_exitsZero() {
        FpRun run = FpRun.of("validate", register.toString());
        assertEquals(0, run.status, run.toString());
        assertTrue(run.out.contains("0 error(s)"), run.out);
    }

    @Test
    void test_validateJson_listsRowErrorsAndFindings_exitOne() throws IOException {
        Path bad = copyOfRegister("bad");
        List<String> births = Files.readAllLines(bad.resolve("births.csv"));
        String[] cells = births.get(1).split(",", -1);
        cells[1] = "W9999999";
        births.set(1, String.join(",", cells));
        String[] sex = births.get(2).split(",", -1);
        sex[3] = "unknown-sex";
        births.set(2, String.join(",", sex));
        Files.write(bad.resolve("births.csv"), births);

        FpRun run = FpRun.of("validate", bad.toString(), "--format", "json");
        assertEquals(1, run.status, run.toString());
        List<Map<String, Object>> problems = FpkitJson.mapper(true).readValue(run.out,
                new TypeReference<List<Map<String, Object>>>() { });
        Map<String, Object> row = problems.stream().filter(p -> "ROW_INVALID".equals(p.get("rule"))).findFirst().orElseThrow();
        assertEquals(List.of("file", "line", "column", "value", "rule", "severity", "message"), List.copyOf(row.keySet()));
        assertEquals(3, ((Number) row.get("line")).intValue());
        assertEquals("sex", row.get("column"));
        assertEquals("unknown-sex", row.get("value"));
        assertEquals("error", row.get("severity"));
        assertTrue(row.get("file").toString().endsWith("births.csv"));
        Map<String, Object> finding = problems.stream().filter(p -> "REF_UNKNOWN_WOMAN".equals(p.get("rule"))).findFirst()
                .orElseThrow();
        assertEquals("W9999999", finding.get("value"));
        assertEquals("mother_id", finding.get("column"));
        assertEquals(2, ((Number) finding.get("line")).intValue());

        FpRun table = FpRun.of("validate", bad.toString());
        assertEquals(1, table.status);
        assertTrue(table.out.contains("ROW_INVALID") && table.out.contains("REF_UNKNOWN_WOMAN"), table.out);
        assertTrue(table.out.strip().lines().reduce((a, b) -> b).orElseThrow().matches("\\d+ error\\(s\\), \\d+ warning\\(s\\); .*"),
                table.out);
    }

    @Test
    void test_validate_residentIdOfTwoWomen_legacyAndFullForm_isAnErrorShowingTheNumberMasked() throws IOException {
        Path twice = copyOfRegister("resident-id-twice");
        List<String> women = Files.readAllLines(twice.resolve("women.csv"));
        assertTrue(women.get(0).startsWith("id,resident_id,"), women.get(0));
        String[] first = women.get(1).split(",", -1);
        String[] second = women.get(2).split(",", -1);
        first[1] = "340524800101001";
        second[1] = "34052419800101001X";
        women.set(1, String.join(",", first));
        women.set(2, String.join(",", second));
        Files.write(twice.resolve("women.csv"), women);

        FpRun run = FpRun.of("validate", twice.toString(), "--format", "json");
        assertEquals(1, run.status, run.toString());
        List<Map<String, Object>> problems = FpkitJson.mapper(true).readValue(run.out,
                new TypeReference<List<Map<String, Object>>>() { });
        Map<String, Object> finding = problems.stream().filter(p -> "REF_DUPLICATE_RESIDENT_ID".equals(p.get("rule")))
                .findFirst().orElseThrow(() -> new AssertionError(run.out));
        assertEquals("error", finding.get("severity"));
        assertEquals("resident_id", finding.get("column"));
        assertEquals("340524********001X", finding.get("value"));
        assertTrue(finding.get("message").toString().contains(first[0] + " and " + second[0]), finding.toString());
        assertFalse(run.out.contains("34052419800101001X") || run.out.contains("340524800101001"), run.out);
    }

    // --- summary

    @Test
    void test_summaryChinese_citesTheComputedFigures() {
        FpRun run = FpRun.of("summary", register.toString(), "--period", "2009SY", "--area", TOWNSHIP.toString());
        assertEquals(0, run.status, run.toString());
        ComputedIndicators computed = IndicatorCalculator.builder().level(AreaLevel.TOWNSHIP).build()
                .compute(CsvRegister.builder().open(register), ReportingPeriod.parse("2009SY"));
        String paragraph = run.out.lines().findFirst().orElseThrow();
        assertTrue(paragraph.startsWith("第1乡（990102001000）2009SY"), paragraph);
        long births = computed.result(TOWNSHIP, Indicator.LIVE_BIRTHS).orElseThrow().numerator().getAsLong();
        long married = computed.result(TOWNSHIP, Indicator.MARRIED_WRA).orElseThrow().numerator().getAsLong();
        String cpr = Presentation.value(computed.result(TOWNSHIP, Indicator.CPR).orElseThrow());
        assertTrue(paragraph.contains("出生" + births + "人"), paragraph);
        assertTrue(paragraph.contains("已婚育龄妇女" + married + "人"), paragraph);
        assertTrue(paragraph.contains("综合避孕率" + cpr + "%"), paragraph);
        assertTrue(run.out.contains("综合避孕率") && run.out.contains("95%置信区间"), run.out);
        assertFalse(run.out.contains("NaN"));
    }

    @Test
    void test_summaryEnglish_andUnknownArea() {
        FpRun run = FpRun.of("summary", register.toString(), "--period", "2009SY", "--area", TOWNSHIP.toString(), "--lang", "en");
        assertEquals(0, run.status, run.toString());
        assertTrue(run.out.startsWith("第1乡 (990102001000), 2009SY (2008-10-01 to 2009-09-30): average population "), run.out);
        assertTrue(run.out.contains("Contraceptive prevalence rate"), run.out);
        FpRun unknown = FpRun.of("summary", register.toString(), "--period", "2009SY", "--area", "990102007000");
        assertEquals(2, unknown.status);
        assertTrue(unknown.err.contains("--area '990102007000': the register has no township with this code; its township: "
                + "990102001000 第1乡"), unknown.err);
        assertOneLine(unknown.err);
        FpRun village = FpRun.of("summary", register.toString(), "--period", "2009SY", "--area", "990102001009");
        assertTrue(village.err.contains("--area '990102001009': the register has no village with this code; its villages: "
                + "990102001001 1乡1村, 990102001002 1乡2村, 990102001003 1乡3村"), village.err);
        FpRun county = FpRun.of("summary", register.toString(), "--period", "2009SY", "--area", "990109000000");
        assertTrue(county.err.contains("the register has no county with this code; its county: 990102000000 模拟县"), county.err);
    }

    @Test
    void test_summary_undefinedFiguresAreDashes_neverNaN() {
        // A month with no births: the sex ratio and policy rate are undefined.
        FpRun run = FpRun.of("summary", register.toString(), "--period", "2009-09", "--area", "990102001001", "--lang", "en");
        assertEquals(0, run.status, run.toString());
        assertFalse(run.out.contains("NaN"), run.out);
        assertTrue(run.out.contains("n/a"), run.out);
    }

    @Test
    void test_summary_undefinedFiguresHaveNoUnit() {
        // No population row for a month: the crude rates and the average population are undefined.
        String area = "990102001001";
        FpRun en = FpRun.of("summary", register.toString(), "--period", "2009-09", "--area", area, "--lang", "en", "--quiet");
        String paragraph = en.out.lines().findFirst().orElseThrow();
        assertTrue(paragraph.contains("average population n/a. ") && paragraph.contains("Crude birth rate n/a, crude death rate "
                + "n/a, natural increase rate n/a, "), paragraph);
        assertFalse(paragraph.matches(".*n/a ?[‰%].*"), paragraph);
        FpRun zh = FpRun.of("summary", register.toString(), "--period", "2009-09", "--area", area, "--quiet");
        String chinese = zh.out.lines().findFirst().orElseThrow();
        assertTrue(chinese.contains("平均人口—。") && chinese.contains("人口出生率—，人口死亡率—，人口自然增长率—，"), chinese);
        assertFalse(chinese.matches(".*—[‰%人].*"), chinese);
        FpRun defined = FpRun.of("summary", register.toString(), "--period", "2009SY", "--area", area, "--lang", "en");
        assertTrue(defined.out.lines().findFirst().orElseThrow().matches(".*Crude birth rate \\d+\\.\\d\\d ‰, .*"), defined.out);
    }

    // --- demo, help, version

    @Test
    void test_demo_printsSummaryAndIndicators() {
        FpRun run = FpRun.of("demo", "--quiet");
        assertEquals(0, run.status, run.toString());
        assertTrue(run.out.contains("第1乡（990102001000）2009SY（2008-10-01至2009-09-30）：平均人口"), run.out);
        assertTrue(run.out.contains("fp indicators demo --period 2009SY --level township --lang zh"), run.out);
        assertTrue(run.out.contains("CPR") && run.out.contains("综合避孕率"), run.out);
        assertEquals("", run.err);
        FpRun en = FpRun.of("demo", "--lang", "en");
        assertTrue(en.out.contains("fp indicators demo --period 2009SY --level township --lang en"), en.out);
        assertTrue(en.out.contains("Contraceptive prevalence rate") && !en.out.contains("综合避孕率"), en.out);
    }

    @Test
    void test_demo_commandsItShows_giveItsOutput_afterTheGenerateCommandItShows() {
        FpRun demo = FpRun.of("demo", "--quiet");
        assertEquals(0, demo.status, demo.toString());
        List<String> commands = demo.out.lines().filter(l -> l.startsWith("fp ") || l.contains(": fp "))
                .map(l -> l.substring(l.indexOf("fp ") + 3)).collect(Collectors.toList());
        assertEquals(3, commands.size(), demo.out);
        assertTrue(commands.get(0).startsWith("generate demo "), commands.toString());
        Path folder = temp.resolve("demo-on-disk");
        List<FpRun> runs = commands.stream()
                .map(c -> FpRun.of(c.replaceFirst("^(\\w+) demo ", "$1 " + folder + " ").split(" ")))
                .collect(Collectors.toList());
        runs.forEach(r -> assertEquals(0, r.status, r.toString()));
        String shown = demo.out.lines().findFirst().orElseThrow() + "\n\nfp " + commands.get(1) + "\n\n" + runs.get(1).out
                + "\nfp " + commands.get(2) + "\n\n" + runs.get(2).out;
        assertEquals(shown, demo.out);
    }

    @Test
    void test_helpOnEveryCommand_andVersion() {
        for (String command : List.of("indicators", "validate", "summary", "report", "audit", "generate", "demo")) {
            FpRun run = FpRun.of(command, "--help");
            assertEquals(0, run.status, command);
            assertTrue(run.out.contains("Usage: fp " + command), run.out);
            assertTrue(run.out.contains("Exit status:"), run.out);
            // Only the commands that compute crude rates from a register say that --quiet silences lines about them.
            String help = run.out.replaceAll("\\s+", " ");
            boolean computesCrudeRates = List.of("indicators", "validate", "summary", "report").contains(command);
            assertEquals(computesCrudeRates, help.contains("--quiet Print no progress line on stderr, and no line on crude rates"),
                    help);
            assertEquals(computesCrudeRates, help.contains("crude rate"), help);
        }
        FpRun version = FpRun.of("--version");
        assertEquals(0, version.status);
        assertTrue(version.out.startsWith("fp (fpkit) 0."), version.out);
        FpRun none = FpRun.of();
        assertEquals(2, none.status);
        assertTrue(none.err.startsWith("fp: a subcommand is required"), none.err);
        FpRun unknown = FpRun.of("frobnicate");
        assertEquals(2, unknown.status);
        assertOneLine(unknown.err);
    }
}

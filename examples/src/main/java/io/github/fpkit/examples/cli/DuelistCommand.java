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

import io.github.fpkit.indicators.duelist.DueList;
import io.github.fpkit.indicators.duelist.DueReason;
import io.github.fpkit.indicators.duelist.DueWoman;
import io.github.fpkit.io.csv.CsvRegisterSource;
import io.github.fpkit.io.json.FpkitJson;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.InvalidValueException;
import io.github.fpkit.model.ResidentId;
import io.github.fpkit.model.register.RegisterTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code fp duelist}: the women due for a check on a date (应检名单), by village, with masked resident ids. */
@Command(name = "duelist", mixinStandardHelpOptions = true, versionProvider = FpCommand.Version.class,
        description = {"Lists the women due for a check on a date (应检名单), by village, by the national grassroots WIS "
                + "service-guidance convention (2005): an IUD check (查环) for married women aged 15-49 with an IUD in use; "
                + "a pregnancy check (查孕) for married women aged 15-49 who are not pregnant, not sterilised (or the husband) "
                + "more than a year before, and had no delivery or termination in the last 30 days (a pregnancy's outcome, "
                + "a birth of births.csv if the register has it, an induced_abortion or mid_term_induction procedure); "
                + "a follow-up (随访) for "
                + "women aged 15-49 30 to 60 days after an IUD insertion or removal or an implant insertion "
                + "(docs/INDICATORS.md, section 6.8).",
            "Resident identity numbers are masked (first six and last four characters). Women of an area are listed by id.",
            "JSON is an array of objects with area, areaName, womanId, residentId (masked), age and reasons (codes "
                + "iud_check, pregnancy_check, follow_up); CSV has the same columns, the reasons separated by ';'."},
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {"0:success", "1:the data cannot be read",
            "2:usage or I/O error (including a bad date and an area that is not in the register)"})
final class DuelistCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RegisterInput input;

    @Mixin
    RunOptions run;

    @Mixin
    TableWidth table;

    @Mixin
    QuietProgress stderr;

    @Mixin
    TableLanguageOption lang;

    @Option(names = "--date", paramLabel = "D", required = true, converter = OptionTypes.Date.class,
            description = "The date the women are due on, yyyy-mm-dd (for example 2009-09-30).")
    LocalDate date;

    @Option(names = "--area", paramLabel = "CODE", converter = OptionTypes.Area.class,
            description = "Only the women of this area: the 12-digit code of a village, township or county (default: every area).")
    AreaCode area;

    @Option(names = "--format", paramLabel = "F", defaultValue = "table",
            description = "table (default), json or csv.")
    ResultFormat format;

    @Override
    public Integer call() {
        CsvRegisterSource source = input.open(spec.commandLine(), false);
        PrintWriter err = spec.commandLine().getErr();
        ProgressLine progress = ProgressLine.onTerminal(err, stderr.quiet);
        DueList due;
        try {
            ProgressSource reading = new ProgressSource(source, progress);
            due = area == null ? DueList.of(reading, date) : DueList.of(reading, date, area);
        } catch (InvalidValueException e) {
            throw new ParameterException(spec.commandLine(), "--area '" + e.value() + "': " + e.reason());
        } finally {
            progress.done();
        }
        for (String warning : source.warnings()) {
            err.println(spec.qualifiedName() + ": warning: " + warning);
        }
        if (!due.missingTables().isEmpty()) {
            err.println(spec.qualifiedName() + ": the register has no " + due.missingTables().stream().map(RegisterTable::fileName)
                    .collect(Collectors.joining(", ")) + ": the list may hold women who are not due and miss some who are");
        }
        err.flush();
        StandardOutput out = StandardOutput.of(spec.commandLine());
        List<Map<String, Object>> rows = rows(due);
        format.print(rows, out, DuelistCommand::json, DuelistCommand::csv, () -> printTable(due, out));
        RejectedRows.report(spec.qualifiedName(), source, err);
        return ExitStatus.SUCCESS;
    }

    /** @return one row a woman, keys in the documented order; the resident id masked, null if none */
    private static List<Map<String, Object>> rows(DueList due) {
        List<Map<String, Object>> rows = new ArrayList<>();
        due.byArea().forEach((code, women) -> {
            for (DueWoman w : women) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("area", code.toString());
                row.put("areaName", due.areaName(code).orElse(null));
                row.put("womanId", ResidentId.maskIfNumber(w.id()));
                row.put("residentId", w.maskedResidentId().orElse(null));
                row.put("age", w.age());
                row.put("reasons", w.reasons().stream().map(DueReason::code).collect(Collectors.toList()));
                rows.add(row);
            }
        });
        return rows;
    }

    private static void json(List<Map<String, Object>> rows, Writer out) {
        FpkitJson.mapper(true).writerWithDefaultPrettyPrinter().writeValue(out, rows);
    }

    private static void csv(List<Map<String, Object>> rows, Writer out) {
        StringBuilder text = new StringBuilder("area,areaName,womanId,residentId,age,reasons\r\n");
        for (Map<String, Object> row : rows) {
            List<String> cells = new ArrayList<>();
            row.forEach((key, value) -> cells.add(csvCell(value instanceof List<?> list
                    ? list.stream().map(Object::toString).collect(Collectors.joining(";")) : value == null ? "" : value.toString())));
            text.append(String.join(",", cells)).append("\r\n");
        }
        try {
            out.write(text.toString());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180: a cell holding a comma, a quote or a line break is quoted, its quotes doubled. */
    private static String csvCell(String value) {
        return value.matches("(?s).*[,\"\r\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private void printTable(DueList due, PrintWriter out) {
        boolean zh = lang.chinese();
        if (due.size() > 0) {
            TextTable t = new TextTable().left(zh ? "区划代码" : "area").wrapped(zh ? "名称" : "name", 6).left(zh ? "妇女编号" : "woman")
                    .left(zh ? "身份证号（隐去）" : "resident id (masked)").right(zh ? "年龄" : "age").wrapped(zh ? "应检项目" : "due for", 8);
            due.byArea().forEach((code, women) -> {
                for (DueWoman w : women) {
                    t.add(code.toString(), due.areaName(code).orElse(""), ResidentId.maskIfNumber(w.id()), w.maskedResidentId().orElse(""),
                            Integer.toString(w.age()), w.reasons().stream().map(r -> zh ? r.chineseName() : r.englishName())
                                    .collect(Collectors.joining(zh ? "、" : ", ")));
                }
            });
            t.print(out, table.columns());
        }
        String where = due.area().map(a -> a + due.areaName(a).map(n -> " " + n).orElse("")).orElse(zh ? "全部区划" : "every area");
        if (zh) {
            out.println(String.format(Locale.ROOT, "%s 应检 %d 人（%s，%d 个区划）：查环 %d，查孕 %d，随访 %d", date, due.size(), where,
                    due.byArea().size(), due.count(DueReason.IUD_CHECK), due.count(DueReason.PREGNANCY_CHECK),
                    due.count(DueReason.FOLLOW_UP)));
        } else {
            out.println(String.format(Locale.ROOT, "%d women due on %s in %s (%d areas): IUD check %d, pregnancy check %d, follow-up %d",
                    due.size(), date, where, due.byArea().size(), due.count(DueReason.IUD_CHECK), due.count(DueReason.PREGNANCY_CHECK),
                    due.count(DueReason.FOLLOW_UP)));
        }
    }
}

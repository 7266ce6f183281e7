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

import io.github.fpkit.indicators.TableRows;
import io.github.fpkit.indicators.report.AuditFinding;
import io.github.fpkit.io.csv.RegisterProblem;
import io.github.fpkit.io.csv.RowError;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.model.register.Severity;
import io.github.fpkit.report.DataQuality;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The data-quality section: rows read, rejected and left out per table with the first
 * few rejected rows of each, the validation's findings by rule, the undefined rates and why, the indicators not
 * available, the records no woman could be found for, and an aggregate report's audit.
 */
public final class QualitySection {
    /** Rejected rows listed per table; the rest are counted. */
    public static final int ROWS_LISTED = 5;
    /** Examples listed per rule; the rest are counted. */
    public static final int EXAMPLES_LISTED = 3;

    private QualitySection() {
    }

    /**
     * @param c the context
     * @param quality what was checked, and found
     * @return the section's blocks, in order
     */
    public static List<Block> of(ReportContext c, DataQuality quality) {
        List<Block> blocks = new ArrayList<>();
        blocks.addAll(rejectedRows(c, quality));
        blocks.add(validation(c.words(), quality));
        blocks.add(UndefinedRates.of(c));
        blocks.add(unavailable(c));
        quality.audit().ifPresent(a -> blocks.add(audit(c.words(), a)));
        return blocks;
    }

    private static List<Block> rejectedRows(ReportContext c, DataQuality quality) {
        Wording w = c.words();
        String heading = w.pick("读取与拒绝的行", "Rows read and rejected");
        Map<RegisterTable, TableRows> tables = c.computed().tableRows();
        if (tables.isEmpty()) {
            return List.of(new Block("rejected-rows", heading, List.of(w.pick("登记不是从文件读取的，没有读取与拒绝的行的记录。",
                    "The register was not read from files here: there is no record of rows read and rejected.")), Optional.empty()));
        }
        List<TableRow> counts = new ArrayList<>();
        for (Map.Entry<RegisterTable, TableRows> e : tables.entrySet()) {
            TableRows n = e.getValue();
            counts.add(TableRow.of(e.getKey().fileName(), List.of(e.getKey().fileName(), Long.toString(n.read()),
                    Long.toString(n.rejected()), Long.toString(n.duplicates()), Long.toString(n.unattributed()),
                    Long.toString(n.counted()))));
        }
        long rejected = c.computed().rejectedRows();
        String summary = rejected == 0 ? w.pick("没有被拒绝的行。", "No row was rejected.")
                : w.pick("共" + rejected + "行被拒绝，所有数字都不含这些行；fp validate 列出全部。",
                        rejected + " row(s) rejected and left out of every figure; fp validate lists them all.");
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block("rejected-rows", heading, List.of(summary), Optional.of(new Table("rejected-rows-table",
                List.of(w.pick("文件", "File"), w.pick("读取", "Read"), w.pick("拒绝", "Rejected"), w.pick("其中重复", "Of them repeats"),
                        w.pick("找不到妇女", "Woman not found"), w.pick("计入", "Counted")),
                List.of(false, true, true, true, true, true), counts, false))));
        List<RowError> errors = quality.rejectedRows().orElse(List.of());
        if (!errors.isEmpty()) {
            Map<String, List<RowError>> byFile = errors.stream().collect(Collectors.groupingBy(
                    e -> Path.of(e.file()).getFileName().toString(), LinkedHashMap::new, Collectors.toList()));
            List<TableRow> first = new ArrayList<>();
            for (Map.Entry<String, List<RowError>> e : byFile.entrySet()) {
                for (RowError error : e.getValue().subList(0, Math.min(ROWS_LISTED, e.getValue().size()))) {
                    first.add(TableRow.of(e.getKey(), List.of(e.getKey(), Long.toString(error.line()), error.column().orElse(""),
                            error.value(), error.reason())));
                }
            }
            blocks.add(new Block("rejected-examples", w.pick("每个文件的前" + ROWS_LISTED + "个被拒绝的行",
                    "The first " + ROWS_LISTED + " rejected rows of each file"), List.of(), Optional.of(new Table(
                            "rejected-examples-table", List.of(w.pick("文件", "File"), w.pick("行", "Line"), w.pick("列", "Column"),
                                    w.pick("值", "Value"), w.pick("原因", "Reason")),
                            List.of(false, true, false, false, false), first, false))));
        }
        return blocks;
    }

    private static Block validation(Wording w, DataQuality quality) {
        String heading = w.pick("校验发现（按规则）", "Validation findings by rule");
        if (quality.validation().isEmpty()) {
            return new Block("validation", heading, List.of(w.pick("登记未经校验。", "The register was not validated.")),
                    Optional.empty());
        }
        // The rejected rows are listed above, with the rows.
        List<RegisterProblem> findings = quality.validation().get().stream()
                .filter(p -> !p.rule().equals(RegisterProblem.ROW_INVALID)).collect(Collectors.toList());
        if (findings.isEmpty()) {
            return new Block("validation", heading, List.of(w.pick("校验没有发现其他问题。", "Validation found nothing else.")),
                    Optional.empty());
        }
        Map<String, List<RegisterProblem>> byRule = findings.stream().collect(Collectors.groupingBy(RegisterProblem::rule,
                LinkedHashMap::new, Collectors.toList()));
        List<TableRow> rows = new ArrayList<>();
        for (Map.Entry<String, List<RegisterProblem>> e : byRule.entrySet()) {
            List<RegisterProblem> all = e.getValue();
            String examples = all.subList(0, Math.min(EXAMPLES_LISTED, all.size())).stream()
                    .map(p -> Path.of(p.file()).getFileName() + (p.line().isPresent()
                            ? w.pick(" 第" + p.line().getAsLong() + "行", " line " + p.line().getAsLong()) : "") + ": " + p.message())
                    .collect(Collectors.joining("\n"));
            rows.add(TableRow.of(e.getKey(), List.of(e.getKey(), severity(w, all.get(0).severity()), Integer.toString(all.size()),
                    examples)));
        }
        return new Block("validation", heading, List.of(w.pick("整个登记（不只本区划）的校验结果，与 fp validate 相同。",
                "The validation of the whole register (not only this area), as fp validate gives it.")),
                Optional.of(new Table("validation-table", List.of(w.pick("规则", "Rule"), w.pick("级别", "Severity"),
                        w.pick("数目", "Count"), w.pick("前" + EXAMPLES_LISTED + "例", "First " + EXAMPLES_LISTED)),
                        List.of(false, false, true, false), rows, false)));
    }

    private static String severity(Wording w, Severity severity) {
        return w.pick(severity == Severity.ERROR ? "错误" : "警告", severity.code());
    }

    private static Block unavailable(ReportContext c) {
        Wording w = c.words();
        List<String> sentences = new ArrayList<>();
        if (!c.computed().unavailable().isEmpty()) {
            sentences.add(w.pick("缺少输入表，无法计算：", "Not available, an input table is missing: ")
                    + c.computed().unavailable().stream().map(i -> i.code() + " (" + NumeratorNames.unavailable(w, i) + ")")
                            .collect(Collectors.joining(w.pick("；", "; "))));
        }
        if (!c.computed().unattributedRecords().isEmpty()) {
            sentences.add(w.pick("以下记录的妇女不在 women.csv 中（或其行被拒绝），未计入：",
                    "Records whose woman is not in women.csv (or whose row there was rejected), left out: ")
                    + c.computed().unattributedRecords().entrySet().stream().map(e -> e.getKey().fileName() + " " + e.getValue())
                            .collect(Collectors.joining(", ")));
        }
        if (sentences.isEmpty()) {
            sentences.add(w.pick("所有指标都可计算，所有记录都找到了所属妇女。",
                    "Every indicator is available, and every record's woman was found."));
        }
        return new Block("unavailable", w.pick("无法计算的指标与未计入的记录", "Unavailable indicators and records left out"),
                sentences, Optional.empty());
    }

    private static Block audit(Wording w, DataQuality.Audit audit) {
        String heading = w.pick("汇总报表审核：", "Audit of the aggregate report ") + audit.report();
        if (audit.findings().isEmpty()) {
            return new Block("audit", heading, List.of(w.pick("审核没有发现问题。", "The audit found nothing.")), Optional.empty());
        }
        List<TableRow> rows = new ArrayList<>();
        for (AuditFinding f : audit.findings()) {
            rows.add(TableRow.of(f.rule(), List.of(w.pick(f.isError() ? "错误" : "警告", f.severity().code()), f.rule(),
                    String.join(", ", f.fields()), f.expected(), f.stated(), w.pick(f.chineseMessage(), f.englishMessage()))));
        }
        long errors = audit.findings().stream().filter(AuditFinding::isError).count();
        return new Block("audit", heading, List.of(w.pick(errors + "个错误，" + (audit.findings().size() - errors) + "个警告。",
                errors + " error(s), " + (audit.findings().size() - errors) + " warning(s).")),
                Optional.of(new Table("audit-table", List.of(w.pick("级别", "Severity"), w.pick("规则", "Rule"),
                        w.pick("字段", "Fields"), w.pick("应为", "Expected"), w.pick("所报", "Stated"), w.pick("说明", "Message")),
                        List.of(false, false, false, true, true, false), rows, false)));
    }
}

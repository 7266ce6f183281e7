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
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorCalculator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.indicators.MissingPopulationRows;
import io.github.fpkit.indicators.Unit;
import io.github.fpkit.indicators.quality.ConsistencyOverTime;
import io.github.fpkit.indicators.quality.FunnelLevel;
import io.github.fpkit.indicators.quality.FunnelPlot;
import io.github.fpkit.indicators.quality.FunnelPoint;
import io.github.fpkit.indicators.quality.IndicatorBounds;
import io.github.fpkit.indicators.quality.OutlierScreen;
import io.github.fpkit.indicators.quality.QualityCheck;
import io.github.fpkit.indicators.quality.QualityFinding;
import io.github.fpkit.indicators.quality.QualityReport;
import io.github.fpkit.indicators.quality.SexRatioPlausibility;
import io.github.fpkit.indicators.quality.SmoothedRate;
import io.github.fpkit.io.csv.CsvRegister;
import io.github.fpkit.io.csv.CsvRegisterSource;
import io.github.fpkit.io.csv.IndicatorBoundsCsvReader;
import io.github.fpkit.io.csv.QualityCsvWriter;
import io.github.fpkit.io.csv.ResultCsvReader;
import io.github.fpkit.io.json.IndicatorBoundsJsonReader;
import io.github.fpkit.io.json.ResultJsonReader;
import io.github.fpkit.io.report.QualityJsonWriter;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.ReportingPeriod;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code fp quality}: outliers, implausible sex ratios, breaks over time, smoothed rates and funnel plots (docs/QUALITY.md). */
@Command(name = "quality", mixinStandardHelpOptions = true, versionProvider = FpCommand.Version.class,
        description = {"Screens a register's figures as DHIS2 and the WHO Data Quality Review do (docs/QUALITY.md): outliers "
                + "across the sub-areas of an area (z-score, modified z-score, your min-max bounds), sex ratios at birth whose "
                + "95%% interval lies wholly outside the normal range, breaks over time against up to three earlier periods; and "
                + "gives each sub-area's empirical-Bayes rate and its place on the funnel plot around its parent, apart from "
                + "the raw figures.",
            "JSON and CSV hold one record a finding, smoothed rate or funnel point, with the same columns (record, rule, "
                + "severity, area, areaName, period, periodCode, indicator, unit, method, model, value, numerator, denominator, "
                + "reference, statistic, threshold, smoothed, weight, tau2, lower95, upper95, lower998, upper998, position, "
                + "chineseMessage, englishMessage)."},
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {"0:no error-level finding (warnings allowed)",
            "1:a value outside your --bounds, or the data cannot be read or computed on", "2:usage or I/O error"})
final class QualityCommand implements Callable<Integer> {
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
    PeriodOption reporting;

    @Option(names = "--area", paramLabel = "CODE", converter = OptionTypes.Area.class,
            description = "Screen this area and its sub-areas only (default: every area, each across its sub-areas).")
    AreaCode area;

    @Option(names = "--history", paramLabel = "DIR|FILE", split = ",",
            description = "Earlier periods for the consistency over time, nearest first: a register folder (the first is read "
                    + "for the period before P, the second for the one before that, the third for the one before that: "
                    + "2008SY, 2007SY, 2006SY for 2009SY) or a results file of 'fp indicators' (.json or .csv), whose records "
                    + "carry their periods.")
    List<Path> history;

    @Option(names = "--format", paramLabel = "F", defaultValue = "table",
            description = "table (default; rounded for reading), json or csv (every figure, the same columns).")
    ResultFormat format;

    @Mixin
    TableLanguageOption lang;

    @Mixin
    CalculatorOptions settings;

    @Option(names = "--indicators", paramLabel = "CODE", split = ",", converter = OptionTypes.IndicatorCode.class,
            description = "Only these indicators, for example CPR,SRB (default: the whole catalogue).")
    List<Indicator> indicators;

    @Option(names = "--z-threshold", paramLabel = "Z", defaultValue = "3.0",
            description = "The z-score threshold, more than 0 (default 3.0).")
    double zThreshold;

    @Option(names = "--modified-z-threshold", paramLabel = "M", defaultValue = "3.5",
            description = "The modified z-score threshold, more than 0 (default 3.5).")
    double modifiedZThreshold;

    @Option(names = "--bounds", paramLabel = "FILE",
            description = "Min-max bounds of indicators, a .json or .csv file (docs/QUALITY.md); a value outside its bound is an error.")
    Path bounds;

    @Option(names = "--srb-range", paramLabel = "LOW,HIGH", split = ",", defaultValue = "103,107",
            description = "The normal range of the sex ratio at birth (default 103,107).")
    List<Double> srbRange;

    @Option(names = "--consistency-threshold", paramLabel = "T", defaultValue = "0.33",
            description = "How far off 1 the ratio to the earlier periods' mean may be, more than 0 (default 0.33, that is ±33%%).")
    double consistencyThreshold;

    @Option(names = "--overdispersion", description = "Widen the funnel limits for overdispersion, as FunnelPlotR does.")
    boolean overdispersion;

    @Override
    public Integer call() {
        QualityCheck check = check();
        CsvRegisterSource source = input.open(spec.commandLine(), false);
        IndicatorCalculator calculator = settings.apply(spec.commandLine(), calculator()).build();
        ComputedIndicators computed = compute(calculator, source, reporting.period);
        List<IndicatorResult> current = computed.results();
        if (area != null && current.stream().noneMatch(r -> r.area().equals(area) || r.area().parent().filter(area::equals).isPresent())) {
            throw new ParameterException(spec.commandLine(), "--area '" + area + "': the register has no such "
                    + area.level().code() + ", nor any area under it");
        }
        if (current.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "DIR '" + input.folder + "': the register has no area to screen");
        }
        QualityReport report = check.check(current, Optional.ofNullable(area), history(calculator));
        print(report);
        PrintWriter err = spec.commandLine().getErr();
        IndicatorsCommand.reportUnavailable(spec.qualifiedName(), computed, err);
        CalculatorOptions.report(spec.qualifiedName(), calculator, computed, err);
        if (!stderr.quiet) {
            MissingPopulationRows.explain(computed, calculator.levels()).forEach(l -> err.println(spec.qualifiedName() + ": " + l));
            err.flush();
        }
        RejectedRows.report(spec.qualifiedName(), source, err);
        return report.hasErrors() ? ExitStatus.DATA_ERROR : ExitStatus.SUCCESS;
    }

    /** @return the check of the options, each threshold checked as a usage error; the bounds file's errors are data errors */
    private QualityCheck check() {
        IndicatorBounds userBounds = bounds == null ? IndicatorBounds.none() : bounds();
        if (srbRange.size() != 2) {
            throw new ParameterException(spec.commandLine(), "--srb-range '" + srbRange.stream().map(String::valueOf)
                    .collect(Collectors.joining(",")) + "': expected two numbers, LOW,HIGH");
        }
        try {
            return QualityCheck.builder().outliers(OutlierScreen.of(zThreshold, modifiedZThreshold))
                    .consistency(ConsistencyOverTime.of(consistencyThreshold))
                    .sexRatio(SexRatioPlausibility.of(srbRange.get(0), srbRange.get(1)))
                    .bounds(userBounds).adjustFunnelsForOverdispersion(overdispersion).build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private IndicatorBounds bounds() {
        if (!Files.isRegularFile(bounds)) {
            throw new ParameterException(spec.commandLine(), "--bounds '" + bounds + "': " + (Files.exists(bounds) ? "is not a file" : "does not exist"));
        }
        String name = bounds.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return IndicatorBoundsJsonReader.read(bounds);
        }
        if (name.endsWith(".csv")) {
            return IndicatorBoundsCsvReader.read(bounds);
        }
        throw new ParameterException(spec.commandLine(), "--bounds '" + bounds + "': expected a .json or .csv file");
    }

    /** The levels screened: the area's and the one below it, or every level. */
    private IndicatorCalculator.Builder calculator() {
        Set<AreaLevel> levels = EnumSet.allOf(AreaLevel.class);
        if (area != null) {
            levels = EnumSet.of(area.level());
            if (area.level().ordinal() + 1 < AreaLevel.values().length) {
                levels.add(AreaLevel.values()[area.level().ordinal() + 1]);
            }
        }
        IndicatorCalculator.Builder b = IndicatorCalculator.builder().levels(levels);
        if (indicators != null) {
            b.indicators(indicators);
        }
        return b;
    }

    private ComputedIndicators compute(IndicatorCalculator calculator, CsvRegisterSource source, ReportingPeriod p) {
        ProgressLine progress = ProgressLine.onTerminal(spec.commandLine().getErr(), stderr.quiet);
        try {
            return calculator.compute(new ProgressSource(source, progress), p);
        } finally {
            progress.done();
        }
    }

    /** The results of the earlier periods: each folder computed for its period, each results file as written. */
    private List<IndicatorResult> history(IndicatorCalculator calculator) {
        List<IndicatorResult> earlier = new ArrayList<>();
        if (history == null) {
            return earlier;
        }
        List<ReportingPeriod> before = ConsistencyOverTime.earlierPeriods(reporting.period);
        for (int k = 0; k < history.size(); k++) {
            Path item = history.get(k);
            if (Files.isDirectory(item)) {
                if (k >= before.size()) {
                    throw new ParameterException(spec.commandLine(), "--history '" + item + "': only " + before.size()
                            + " earlier periods are compared (" + before.stream().map(ReportingPeriod::toString)
                            .collect(Collectors.joining(", ")) + "); this folder would be the " + (k + 1) + "th");
                }
                CsvRegisterSource source = CsvRegister.builder().encoding(input.encoding).open(item);
                earlier.addAll(compute(calculator, source, before.get(k)).results());
                RejectedRows.report(spec.qualifiedName() + " --history " + item, source, spec.commandLine().getErr());
            } else if (Files.isRegularFile(item)) {
                List<IndicatorResult> results = results(item);
                if (results.stream().noneMatch(r -> before.contains(r.period()))) {
                    spec.commandLine().getErr().println(spec.qualifiedName() + ": --history '" + item + "' has no result of "
                            + before.stream().map(ReportingPeriod::toString).collect(Collectors.joining(", ")) + "; it is not compared");
                }
                earlier.addAll(results);
            } else {
                throw new ParameterException(spec.commandLine(), "--history '" + item + "': does not exist");
            }
        }
        return earlier;
    }

    private List<IndicatorResult> results(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return ResultJsonReader.read(file);
        }
        if (name.endsWith(".csv")) {
            return ResultCsvReader.read(file);
        }
        throw new ParameterException(spec.commandLine(), "--history '" + file + "': expected a register folder, or a results "
                + "file of 'fp indicators' ending in .json or .csv");
    }

    private void print(QualityReport report) {
        StandardOutput out = StandardOutput.of(spec.commandLine());
        format.print(report, out, QualityJsonWriter::write, QualityCsvWriter::write,
                () -> printTable(report, out, lang.chinese(), table.columns()));
    }

    private static void printTable(QualityReport report, PrintWriter out, boolean zh, int width) {
        if (!report.findings().isEmpty()) {
            TextTable findings = new TextTable().left(zh ? "级别" : "severity").wrapped(zh ? "规则" : "rule", 12)
                    .left(zh ? "区划代码" : "area").wrapped(zh ? "名称" : "name", 6).left(zh ? "指标" : "indicator")
                    .right(zh ? "数值" : "value").right(zh ? "统计量" : "statistic").left(zh ? "阈值" : "threshold")
                    .wrapped(zh ? "说明" : "message", 30);
            for (QualityFinding f : report.findings()) {
                findings.add(f.severity().code(), f.rule(), f.area().toString(), f.areaName().orElse(""), f.indicator().code(),
                        Presentation.number(OptionalDouble.of(f.value()), f.indicator().unit()),
                        decimal(f.statistic()), f.threshold(), zh ? f.chineseMessage() : f.englishMessage());
            }
            out.println(zh ? "发现的问题" : "Findings");
            findings.print(out, width);
            out.println();
        }
        if (!report.smoothed().isEmpty()) {
            TextTable smoothed = new TextTable().left(zh ? "区划代码" : "area").wrapped(zh ? "名称" : "name", 6)
                    .left(zh ? "指标" : "indicator").right(zh ? "原始值" : "raw").right(zh ? "平滑值" : "smoothed")
                    .right(zh ? "合计" : "pooled").right(zh ? "权重" : "weight").left(zh ? "模型" : "model");
            for (SmoothedRate s : report.smoothed()) {
                Unit unit = s.indicator().unit();
                smoothed.add(s.area().toString(), s.areaName().orElse(""), s.indicator().code(), Presentation.number(s.raw(), unit),
                        Presentation.number(s.smoothed(), unit), Presentation.number(OptionalDouble.of(s.pooled()), unit),
                        decimal(OptionalDouble.of(s.weight())), s.model().code());
            }
            out.println(zh ? "经验贝叶斯平滑值（另列，不替代原始值）" : "Empirical-Bayes rates (apart from the raw figures, which they never replace)");
            smoothed.print(out, width);
            out.println();
        }
        if (!report.funnelPlots().isEmpty()) {
            TextTable funnel = new TextTable().left(zh ? "区划代码" : "area").wrapped(zh ? "名称" : "name", 6)
                    .left(zh ? "指标" : "indicator").right(zh ? "数值" : "value").right(zh ? "分母" : "denominator")
                    .left(zh ? "95%界限" : "95% limits").left(zh ? "99.8%界限" : "99.8% limits").wrapped(zh ? "位置" : "position", 12);
            for (FunnelPlot plot : report.funnelPlots()) {
                for (FunnelPoint p : plot.points()) {
                    Unit unit = p.indicator().unit();
                    funnel.add(p.area().toString(), p.areaName().orElse(""), p.indicator().code(),
                            Presentation.number(OptionalDouble.of(p.value()), unit), Presentation.number(OptionalDouble.of(p.denominator()), Unit.COUNT),
                            limits(p, FunnelLevel.P95), limits(p, FunnelLevel.P998),
                            zh ? p.position().chineseName() : p.position().englishName());
                }
            }
            out.println(zh ? "漏斗图位置（围绕上级合计值）" : "Funnel plots (around the parent's pooled value)");
            funnel.print(out, width);
            out.println();
        }
        long errors = report.findings().stream().filter(QualityFinding::isError).count();
        long points = report.funnelPlots().stream().mapToLong(f -> f.points().size()).sum();
        out.println(String.format(Locale.ROOT, zh ? "%s：%d个错误，%d个警告；%d个平滑值，%d个漏斗图点"
                        : "%s: %d error(s), %d warning(s); %d smoothed rates, %d funnel points",
                report.period(), errors, report.findings().size() - errors, report.smoothed().size(), points));
    }

    /** @return a statistic or weight to two decimals, or the undefined mark */
    private static String decimal(OptionalDouble value) {
        return value.isEmpty() ? Presentation.UNDEFINED
                : BigDecimal.valueOf(value.getAsDouble()).setScale(Presentation.DECIMALS, RoundingMode.HALF_UP).toPlainString();
    }

    private static String limits(FunnelPoint p, FunnelLevel level) {
        Unit unit = p.indicator().unit();
        return "[" + Presentation.number(OptionalDouble.of(p.band().lower(level)), unit) + ", "
                + Presentation.number(OptionalDouble.of(p.band().upper(level)), unit) + "]";
    }
}

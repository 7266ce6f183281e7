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
package io.github.fpkit.spark;

import io.github.fpkit.model.register.RowCounts;
import io.github.fpkit.indicators.CypFactors;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorCalculator;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.register.RegisterTable;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark job: computes the catalogue of a register and writes the result records (and
 * the rejected rows). Run it with {@code spark-submit --class io.github.fpkit.spark.FpSparkJob
 * fp-spark-VERSION-job.jar …}, or locally with the launcher {@code fp-spark/target/fp-spark}.
 *
 * <pre>
 * --register DIR          the register folder (any path Spark reads), required
 * --period P              the reporting period (2009SY, 2009, 2009Q1, 2008-10-01/2009-09-30, …), required
 * --out OUT               where the results go (a new folder of part files), required
 * --level L               village, township, county or all (default all)
 * --format F              json (JSON lines, one result record per line), csv (with a header) or parquet (default json)
 * --rejects OUT2          where the rejected rows go, in the same format (default: not written, only counted)
 * --input I               csv or parquet: the tables' files (default csv)
 * --encoding E            the CSV files' encoding: UTF-8, GBK or GB18030 (default UTF-8)
 * --master M              the Spark master, for example local[2] (default: as spark-submit or the cluster sets it)
 * --cyp-factor F=V        a conversion factor of couple-years of protection, repeatable, as fp indicators takes it:
 *                         iud, implant, female_sterilization, male_sterilization, oral_pill, injectable, condom
 *                         (default: USAID's factors as they apply to China; others are named on standard error)
 * --fill-policy           POLICY_BIRTH_RATE also counts the births recorded unknown that China's rules judge in
 *                         (default: the recorded policy alone; named on standard error when used)
 * </pre>
 *
 * <p>Prints per table the rows read, accepted and rejected on standard error. Exit status:
 * 0 done; 1 the register cannot be read or computed (a missing folder or table, a missing
 * column, an output folder that exists); 2 a usage error. Every error is one line.
 */
public final class FpSparkJob {
    private FpSparkJob() {
    }

    /**
     * @param args the options above
     */
    public static void main(String[] args) {
        System.exit(run(args, System.err));
    }

    /**
     * Runs the job.
     *
     * @param args the options
     * @param err where the row counts and errors go
     * @return the exit status
     */
    static int run(String[] args, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("fp-spark: " + e.getMessage());
            err.println("usage: fp-spark --register DIR --period P --out OUT [--level village|township|county|all] "
                    + "[--format json|csv|parquet] [--rejects OUT2] [--input csv|parquet] [--encoding E] [--master M] [--cyp-factor F=V]... [--fill-policy]");
            return 2;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("fpkit " + options.period);
        if (options.master != null) {
            builder.master(options.master).config("spark.ui.enabled", "false");
        }
        boolean ownSession = SparkSession.getActiveSession().isEmpty();
        SparkSession spark = builder.getOrCreate();
        try {
            SparkRegister register = options.parquet ? SparkRegister.parquet(spark, options.register)
                    : SparkRegister.csv(spark, options.register, options.encoding);
            IndicatorCalculator calculator = IndicatorCalculator.builder().levels(options.levels).cypFactors(options.cypFactors)
                    .fillUnknownPolicy(options.fillPolicy).build();
            SparkIndicators computed = FpSpark.indicators(register, options.period, calculator);
            write(computed.results(), options.format, options.out);
            if (options.rejects != null) {
                write(computed.rejects(), options.format, options.rejects);
            }
            for (Map.Entry<RegisterTable, RowCounts> e : computed.rowCounts().entrySet()) {
                err.println("fp-spark: " + e.getKey().fileName() + ": " + e.getValue());
            }
            computed.tally().unattributedRecords().forEach((t, n) ->
                    err.println("fp-spark: " + t.fileName() + ": " + n + " records name a woman who is not in women.csv"));
            List<Indicator> unavailable = new ArrayList<>();
            for (Indicator i : Indicator.values()) {
                if (!register.tables().containsAll(i.inputTables())) {
                    unavailable.add(i);
                }
            }
            if (!unavailable.isEmpty()) {
                err.println("fp-spark: not available (input table missing): " + unavailable);
            }
            // The result records do not say which settings made them: those other than the default are named, as fp indicators does.
            if (!options.cypFactors.isStandard()) {
                err.println("fp-spark: couple-years of protection (CYP) computed with the factors " + options.cypFactors
                        + "; not the default: " + options.cypFactors.differences());
            }
            if (options.fillPolicy && !unavailable.contains(Indicator.POLICY_BIRTH_RATE)) {
                err.println("fp-spark: POLICY_BIRTH_RATE counts the births recorded policy=unknown that the policy rules in force "
                        + "on their day judge in (--fill-policy); not the catalogue's definition");
            }
            return 0;
        } catch (SparkRegisterException e) {
            err.println("fp-spark: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("fp-spark: " + oneLine(e));
            return 1;
        } finally {
            // A session the job did not start (a notebook's, a test's) is left running.
            if (ownSession) {
                spark.stop();
            }
        }
    }

    private static void write(Dataset<Row> rows, String format, String out) {
        DataFrameWriter<Row> w = rows.write();
        switch (format) {
            case "json":
                w.option("ignoreNullFields", "false").json(out);
                break;
            case "csv":
                w.option("header", "true").csv(out);
                break;
            default:
                w.parquet(out);
                break;
        }
    }

    /** A failure's first line, without Spark's stack or SQL state noise. */
    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** The parsed command line. */
    private static final class Options {
        String register;
        ReportingPeriod period;
        String out;
        Set<AreaLevel> levels = EnumSet.allOf(AreaLevel.class);
        String format = "json";
        String rejects;
        boolean parquet;
        Charset encoding = StandardCharsets.UTF_8;
        String master;
        CypFactors cypFactors = CypFactors.standard();
        boolean fillPolicy;

        static Options parse(String[] args) {
            Map<String, String> given = new LinkedHashMap<>();
            Map<String, Double> factors = new LinkedHashMap<>();
            Options o = new Options();
            List<String> known = List.of("--register", "--period", "--out", "--level", "--format", "--rejects", "--input", "--encoding",
                    "--master", "--cyp-factor");
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--fill-policy")) {
                    o.fillPolicy = true;
                    continue;
                }
                if (!known.contains(args[i])) {
                    throw new IllegalArgumentException("unknown option '" + args[i] + "'");
                }
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                if (args[i].equals("--cyp-factor")) { // repeatable
                    cypFactor(args[++i], factors);
                    continue;
                }
                if (given.put(args[i], args[++i]) != null) {
                    throw new IllegalArgumentException(args[i - 1] + " given twice");
                }
            }
            try {
                o.cypFactors = CypFactors.builder().set(factors).build();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--cyp-factor: " + e.getMessage());
            }
            o.register = required(given, "--register");
            o.out = required(given, "--out");
            String period = required(given, "--period");
            try {
                o.period = ReportingPeriod.parse(period);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--period '" + period + "': " + e.getMessage());
            }
            String level = given.getOrDefault("--level", "all").toLowerCase(Locale.ROOT);
            o.levels = level.equals("all") ? EnumSet.allOf(AreaLevel.class) : EnumSet.of(level(level));
            o.format = oneOf("--format", given.getOrDefault("--format", "json"), "json", "csv", "parquet");
            o.parquet = oneOf("--input", given.getOrDefault("--input", "csv"), "csv", "parquet").equals("parquet");
            o.rejects = given.get("--rejects");
            o.master = given.get("--master");
            String encoding = given.getOrDefault("--encoding", "UTF-8");
            try {
                o.encoding = Charset.forName(encoding);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new IllegalArgumentException("--encoding '" + encoding + "' is not an encoding this Java knows");
            }
            return o;
        }

        /** One {@code --cyp-factor NAME=VALUE}; the names are checked with the values, by {@link CypFactors.Builder#set}. */
        private static void cypFactor(String option, Map<String, Double> factors) {
            int eq = option.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("--cyp-factor '" + option + "': expected NAME=VALUE, for example iud=4.8");
            }
            String value = option.substring(eq + 1).strip();
            try {
                factors.put(option.substring(0, eq), Double.parseDouble(value));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--cyp-factor '" + option + "': '" + value + "' is not a number");
            }
        }

        private static AreaLevel level(String level) {
            for (AreaLevel l : AreaLevel.values()) {
                if (l.name().toLowerCase(Locale.ROOT).equals(level)) {
                    return l;
                }
            }
            throw new IllegalArgumentException("--level '" + level + "': expected village, township, county or all");
        }

        private static String oneOf(String option, String value, String... allowed) {
            String v = value.toLowerCase(Locale.ROOT);
            if (!List.of(allowed).contains(v)) {
                throw new IllegalArgumentException(option + " '" + value + "': expected one of " + String.join(", ", allowed));
            }
            return v;
        }

        private static String required(Map<String, String> given, String option) {
            String v = given.get(option);
            if (v == null || v.isBlank()) {
                throw new IllegalArgumentException(option + " is required");
            }
            return v;
        }
    }
}

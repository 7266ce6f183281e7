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
package io.github.fpkit.io.csv;

import io.github.fpkit.indicators.validation.RegisterValidator;
import io.github.fpkit.model.register.LinedRegisterSource;
import io.github.fpkit.model.register.Severity;
import java.util.List;
import java.util.Objects;

/**
 * The validation of a register folder: every rejected row and every finding of the
 * referential and plausibility rules ({@link RegisterValidator}), as one list of
 * {@link RegisterProblem}s, each with its file and line, by file then line. The records
 * that refer to a woman or an area whose row was rejected are not listed one by one: they
 * make one error at the rejected row's line that names the cause and their lines
 * ({@code 4 records refer to woman W12, whose row (women.csv line 14) was rejected at
 * birth_date '1980-02-30': …; fix that row. The records: births.csv lines 5, 9; …}).
 *
 * <pre>{@code
 * CsvRegisterSource source = CsvRegister.builder().encoding(Charset.forName("GBK")).open(Path.of("register"));
 * ValidationReport report = ValidationReport.of(source);
 * report.problems().forEach(System.out::println);
 * // error ROW_INVALID women.csv line 14: not a real date: February has 29 days in 1980
 * // error REF_UNKNOWN_WOMAN women.csv line 14: 4 records refer to woman W12, whose row …
 * if (report.hasErrors()) { … }
 * }</pre>
 *
 * <p>The folder is read as {@link RegisterValidator} reads a source: each table once,
 * holding what the joins need, so that memory grows with the women and not with the events
 * (a million women validate in well under 768 MB of heap). Immutable and thread-safe.
 */
public final class ValidationReport {
    /** The records' lines listed per file in a folded problem; more are counted, not listed. */
    public static final int LINES_LISTED = 10;

    private final List<RegisterProblem> problems;

    private ValidationReport(List<RegisterProblem> problems) {
        this.problems = List.copyOf(problems);
    }

    /**
     * Validates a register folder.
     *
     * @param source the folder, not null, not yet read (its row errors are those of this validation's reading)
     * @return the report
     * @throws CsvFormatException if a table cannot be read ({@link InvalidEncodingException} for invalid bytes)
     * @throws java.io.UncheckedIOException if reading fails
     */
    public static ValidationReport of(CsvRegisterSource source) {
        return of(source, source);
    }

    /**
     * Validates a register folder read through another source, such as a wrapper that
     * counts the rows for a progress line.
     *
     * @param source the folder, not null, not yet read: its row errors and files are reported
     * @param reading what the validator reads: {@code source} itself, or a source that reads
     *     its tables through it; not null
     * @return the report
     * @throws CsvFormatException if a table cannot be read ({@link InvalidEncodingException} for invalid bytes)
     * @throws java.io.UncheckedIOException if reading fails
     */
    public static ValidationReport of(CsvRegisterSource source, LinedRegisterSource reading) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reading, "reading");
        FollowOnErrors folding = new FollowOnErrors(source);
        RegisterValidator.validate(reading, folding);
        return new ValidationReport(folding.problems());
    }

    /** @return every problem, by file (in the order of the register's tables) then line; unmodifiable */
    public List<RegisterProblem> problems() {
        return problems;
    }

    /** @return the number of errors */
    public long errors() {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
    }

    /** @return the number of warnings */
    public long warnings() {
        return problems.size() - errors();
    }

    /** @return true if there is an error (a rejected row, or a finding of severity error) */
    public boolean hasErrors() {
        return errors() > 0;
    }

    /** @return for example {@code 3 error(s), 1 warning(s)} */
    @Override
    public String toString() {
        return errors() + " error(s), " + warnings() + " warning(s)";
    }
}

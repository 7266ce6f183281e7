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
package io.github.fpkit.report;

import io.github.fpkit.indicators.report.AuditFinding;
import io.github.fpkit.io.csv.RegisterProblem;
import io.github.fpkit.io.csv.RowError;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report's data-quality section says of the register beyond its results (which
 * give the rows read, rejected and left out per table): the rejected rows themselves, with
 * their lines; the problems of the register's validation, as {@code fp validate} lists
 * them; and the findings of an audit of an aggregate report. Each part is either given
 * (possibly empty: checked, nothing found) or absent (not checked), and the report says
 * which. Immutable and thread-safe.
 *
 * <pre>{@code
 * CsvRegisterSource source = CsvRegister.builder().open(Path.of("register"));
 * ValidationReport validation = ValidationReport.of(source);   // the first read of the folder
 * DataQuality quality = DataQuality.builder()
 *         .rejectedRows(source.rowErrors())
 *         .validation(validation.problems())
 *         .build();
 * }</pre>
 */
public final class DataQuality {
    private static final DataQuality NONE = builder().build();

    private final Optional<List<RowError>> rejectedRows;
    private final Optional<List<RegisterProblem>> validation;
    private final Optional<Audit> audit;

    private DataQuality(Builder b) {
        this.rejectedRows = b.rejectedRows;
        this.validation = b.validation;
        this.audit = b.audit;
    }

    /** @return the data quality of a register of which nothing was checked */
    public static DataQuality none() {
        return NONE;
    }

    /** @return a builder, with nothing checked */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the rejected rows, by table then line, or empty if the register was not read from files */
    public Optional<List<RowError>> rejectedRows() {
        return rejectedRows;
    }

    /** @return the validation's problems (its rejected rows and its findings), or empty if the register was not validated */
    public Optional<List<RegisterProblem>> validation() {
        return validation;
    }

    /** @return the audit of an aggregate report, or empty if none was audited */
    public Optional<Audit> audit() {
        return audit;
    }

    /** The audit of one aggregate report: its name and its findings. Immutable. */
    public static final class Audit {
        private final String report;
        private final List<AuditFinding> findings;

        private Audit(String report, List<AuditFinding> findings) {
            this.report = report;
            this.findings = findings;
        }

        /** @return the report's name, as the user gave it (a file name) */
        public String report() {
            return report;
        }

        /** @return the findings, in the audit's order; empty if it found nothing */
        public List<AuditFinding> findings() {
            return findings;
        }
    }

    /** Builds {@link DataQuality}; not thread-safe. */
    public static final class Builder {
        private Optional<List<RowError>> rejectedRows = Optional.empty();
        private Optional<List<RegisterProblem>> validation = Optional.empty();
        private Optional<Audit> audit = Optional.empty();

        private Builder() {
        }

        /**
         * @param errors the rejected rows of the register's files, not null; empty when none was rejected
         * @return this builder
         */
        public Builder rejectedRows(List<RowError> errors) {
            this.rejectedRows = Optional.of(List.copyOf(Objects.requireNonNull(errors, "errors")));
            return this;
        }

        /**
         * @param problems the validation's problems, as {@code ValidationReport.problems()} gives them, not null;
         *        empty when it found nothing
         * @return this builder
         */
        public Builder validation(List<RegisterProblem> problems) {
            this.validation = Optional.of(List.copyOf(Objects.requireNonNull(problems, "problems")));
            return this;
        }

        /**
         * @param report the aggregate report's name, as the user gave it; not null
         * @param findings the audit's findings, not null; empty when it found nothing
         * @return this builder
         */
        public Builder audit(String report, List<AuditFinding> findings) {
            this.audit = Optional.of(new Audit(Objects.requireNonNull(report, "report"),
                    List.copyOf(Objects.requireNonNull(findings, "findings"))));
            return this;
        }

        /** @return the data quality */
        public DataQuality build() {
            return new DataQuality(this);
        }
    }
}

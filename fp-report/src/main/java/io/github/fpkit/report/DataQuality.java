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
import io.github.fpkit.io.csv.RowCounts;
import io.github.fpkit.io.csv.RowError;
import io.github.fpkit.model.register.RegisterTable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report's data-quality section says of the register beyond its results: the rows
 * the reader rejected (per table, with their lines), the findings of the register's
 * validation, and the findings of an audit of an aggregate report. Each part is either
 * given (possibly empty: checked, nothing found) or absent (not checked), and the report
 * says which. Immutable and thread-safe.
 *
 * <pre>{@code
 * CsvRegisterSource source = CsvRegister.builder().open(Path.of("register"));
 * Register register = Register.copyOf(source);
 * DataQuality quality = DataQuality.builder()
 *         .rows(source.counts(), source.rowErrors())
 *         .validation(RegisterValidator.validate(register).stream().map(ValidationIssue::of).collect(Collectors.toList()))
 *         .build();
 * }</pre>
 */
public final class DataQuality {
    private static final DataQuality NONE = builder().build();

    private final Optional<Map<RegisterTable, RowCounts>> rowCounts;
    private final List<RowError> rowErrors;
    private final Optional<List<ValidationIssue>> validation;
    private final Optional<Audit> audit;

    private DataQuality(Builder b) {
        this.rowCounts = b.rowCounts;
        this.rowErrors = b.rowErrors;
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

    /** @return the rows read, accepted and rejected per table, or empty if the register was not read from files */
    public Optional<Map<RegisterTable, RowCounts>> rowCounts() {
        return rowCounts;
    }

    /** @return the rejected rows, by table then line; empty if none or not read from files */
    public List<RowError> rowErrors() {
        return rowErrors;
    }

    /** @return the validation's issues, or empty if the register was not validated */
    public Optional<List<ValidationIssue>> validation() {
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
        private Optional<Map<RegisterTable, RowCounts>> rowCounts = Optional.empty();
        private List<RowError> rowErrors = List.of();
        private Optional<List<ValidationIssue>> validation = Optional.empty();
        private Optional<Audit> audit = Optional.empty();

        private Builder() {
        }

        /**
         * @param counts the rows read, accepted and rejected per table read, not null
         * @param errors the rejected rows, not null
         * @return this builder
         */
        public Builder rows(Map<RegisterTable, RowCounts> counts, List<RowError> errors) {
            Map<RegisterTable, RowCounts> copy = new EnumMap<>(RegisterTable.class);
            copy.putAll(Objects.requireNonNull(counts, "counts"));
            this.rowCounts = Optional.of(Collections.unmodifiableMap(copy));
            this.rowErrors = List.copyOf(Objects.requireNonNull(errors, "errors"));
            return this;
        }

        /**
         * @param issues the validation's issues, not null; empty when it found nothing
         * @return this builder
         */
        public Builder validation(List<ValidationIssue> issues) {
            this.validation = Optional.of(List.copyOf(Objects.requireNonNull(issues, "issues")));
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

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
package io.github.fpkit.io.internal;

import io.github.fpkit.indicators.ResultStatus;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.Unit;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.BirthOutcome;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.HealthCheckKind;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.PolicyStatus;
import io.github.fpkit.model.PregnancyOutcome;
import io.github.fpkit.model.ProcedureType;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Residence;
import io.github.fpkit.model.ResidentId;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.model.register.Severity;
import java.time.LocalDate;
import java.util.List;

/** The cell types of the register format, results and findings; each immutable and thread-safe. */
public final class CellTypes {
    /** Free text, guarded against spreadsheet formulas in CSV. */
    public static final CellType<String> TEXT = new Text();
    /** Dates in every form of the register format; written ISO, or {@code 2009年9月30日} in Chinese. */
    public static final CellType<LocalDate> DATE = new DateCells();
    /** Whole numbers 0 or more. */
    public static final CellType<Long> WHOLE = new Numbers.Whole(false);
    /** Whole numbers below 0 too: the numerator of a result record (births − deaths for NIR). */
    public static final CellType<Long> SIGNED_WHOLE = new Numbers.Whole(true);
    /** Finite decimal numbers. */
    public static final CellType<Double> DECIMAL = new Numbers.Decimal();
    /** true/false, 是/否, 计划内/计划外. */
    public static final CellType<Boolean> BOOLEAN = Booleans.yesNo();
    /** A birth permit held or not: true/false, yes/no, 是/否, 有/无. */
    public static final CellType<Boolean> PERMIT = Booleans.permit();
    /** 12-digit area codes. */
    public static final CellType<AreaCode> AREA_CODE = new Scalar<>(AreaCode::of, AreaCode::toString);
    /** Resident identity numbers, written in full (only the register's own files hold them). */
    public static final CellType<ResidentId> RESIDENT_ID = new Scalar<>(ResidentId::parse, ResidentId::fullNumber);
    /**
     * Reporting periods in any notation, written as their ISO interval
     * ({@code 2008-10-01/2009-09-30}): the one form of a period in every file fpkit writes.
     */
    public static final CellType<ReportingPeriod> PERIOD = new Scalar<>(ReportingPeriod::parse, ReportingPeriod::toIsoString);
    /**
     * The period of a {@code population.csv} row: as {@link #PERIOD}, but starting and ending
     * within the years of a register date ({@value Dates#FIRST_YEAR}–{@value Dates#LAST_YEAR}):
     * {@code 0000SY} or {@code 0000-01-01/2009-09-30} is a damaged cell, not a period to count.
     */
    public static final CellType<ReportingPeriod> REGISTER_PERIOD = new Scalar<>(CellTypes::registerPeriod,
            ReportingPeriod::toIsoString);
    /**
     * Reporting periods in any notation, written in their shortest notation
     * ({@code 2009SY}): only for a result record's {@code periodCode}, beside its ISO {@code period}.
     */
    public static final CellType<ReportingPeriod> PERIOD_CODE = new Scalar<>(ReportingPeriod::parse, ReportingPeriod::toString);
    /** Area levels: {@code county}, {@code township}, {@code village}, or 县, 乡镇, 村. */
    public static final CellType<AreaLevel> AREA_LEVEL = new Labels<>(AreaLevel.class, AreaLevel::code,
            l -> List.of(l.chineseName()));
    /** The status of a result record: {@code count}, {@code defined}, {@code undefined}. */
    public static final CellType<ResultStatus> RESULT_STATUS = new Labels<>(ResultStatus.class, ResultStatus::code,
            s -> List.of());
    /** Indicator codes. */
    public static final CellType<Indicator> INDICATOR = new Labels<>(Indicator.class, Indicator::code, i -> List.of());
    /** Unit symbols. */
    public static final CellType<Unit> UNIT = new Labels<>(Unit.class, Unit::symbol, u -> List.of());
    /** Finding severities. */
    public static final CellType<Severity> SEVERITY = new Labels<>(Severity.class, Severity::code, s -> List.of());
    /** Register tables, by code. */
    public static final CellType<RegisterTable> TABLE = new Labels<>(RegisterTable.class, RegisterTable::code,
            t -> List.of(t.chineseName()));
    /** Marital status labels. */
    public static final CellType<MaritalStatus> MARITAL_STATUS = new Labels<>(MaritalStatus.class, MaritalStatus::code, MaritalStatus::labels);
    /** Residence labels. */
    public static final CellType<Residence> RESIDENCE = new Labels<>(Residence.class, Residence::code, Residence::labels);
    /** Sex labels. */
    public static final CellType<Sex> SEX = new Labels<>(Sex.class, Sex::code, Sex::labels);
    /** Birth policy labels. */
    public static final CellType<PolicyStatus> POLICY = new Labels<>(PolicyStatus.class, PolicyStatus::code, PolicyStatus::labels);
    /** Birth outcome labels. */
    public static final CellType<BirthOutcome> BIRTH_OUTCOME = new Labels<>(BirthOutcome.class, BirthOutcome::code, BirthOutcome::labels);
    /** Contraceptive method labels. */
    public static final CellType<ContraceptiveMethod> METHOD = new Labels<>(ContraceptiveMethod.class, ContraceptiveMethod::code,
            ContraceptiveMethod::labels);
    /** Pregnancy outcome labels. */
    public static final CellType<PregnancyOutcome> PREGNANCY_OUTCOME = new Labels<>(PregnancyOutcome.class, PregnancyOutcome::code,
            PregnancyOutcome::labels);
    /** Procedure type labels. */
    public static final CellType<ProcedureType> PROCEDURE_TYPE = new Labels<>(ProcedureType.class, ProcedureType::code,
            ProcedureType::labels);
    /** Health check kind labels. */
    public static final CellType<HealthCheckKind> CHECK_KIND = new Labels<>(HealthCheckKind.class, HealthCheckKind::code,
            HealthCheckKind::labels);

    private CellTypes() {
    }

    private static ReportingPeriod registerPeriod(String text) {
        ReportingPeriod period = ReportingPeriod.parse(text);
        if (period.start().getYear() < Dates.FIRST_YEAR || period.end().getYear() > Dates.LAST_YEAR) {
            throw new CellException("not a register period: its years must be within " + Dates.FIRST_YEAR + "–" + Dates.LAST_YEAR
                    + " (" + period.toIsoString() + ")");
        }
        return period;
    }
}

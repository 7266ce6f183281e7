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
package io.github.fpkit.io.json;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.indicators.Unit;
import io.github.fpkit.io.internal.CellType;
import io.github.fpkit.io.internal.CellTypes;
import io.github.fpkit.io.internal.Schema;
import io.github.fpkit.io.internal.Schemas;
import io.github.fpkit.model.AreaCode;
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
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterSource;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.model.register.Severity;
import java.time.LocalDate;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module for every fpkit model type, indicator results and findings; the
 * model itself carries no Jackson annotations.
 *
 * <ul>
 *   <li>register records ({@code Woman}, {@code Birth}, … {@code Household}, {@code Area},
 *       {@code PopulationCount}): objects keyed by the register format's column names
 *       ({@code "birth_date"}), absent values left out, dates ISO, enumerations by code,
 *       resident identity numbers in full (the register's own file);</li>
 *   <li>{@link Register} (and, for writing, any {@link RegisterSource}): an object with an
 *       array per table, keyed by the table code ({@code "women"});</li>
 *   <li>{@link IndicatorResult}: the result record of INDICATORS.md with its keys
 *       {@code area, areaName, period, indicator, numerator, denominator, value, unit, ciLow,
 *       ciHigh}, then {@code confidence, status, level, periodCode}, every key written
 *       ({@code null} where absent), as {@link ResultJsonWriter} writes them;</li>
 *   <li>{@code Finding}: {@code rule, severity, table, recordId, field, value, message, line}
 *       (the line left out when the finding has none);</li>
 *   <li>scalars: {@link AreaCode}, {@link ResidentId}, {@link ReportingPeriod} and every
 *       enumeration as strings; a period as its ISO interval ({@code "2008-10-01/2009-09-30"}),
 *       alone as inside any record, and read in any notation.</li>
 * </ul>
 * In strict mode an unknown key is an error; otherwise it is skipped. Invalid values
 * raise a {@link tools.jackson.databind.DatabindException} naming the property, value
 * (masked if personal) and reason. No polymorphic typing is used.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new FpkitJsonModule(true)).build();
 * }</pre>
 * (or simply {@link FpkitJson#mapper(boolean)}). Immutable and thread-safe once registered.
 */
public final class FpkitJsonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /**
     * @param strict true to reject unknown keys when reading
     */
    public FpkitJsonModule(boolean strict) {
        super("fpkit");
        for (RegisterTable table : RegisterTable.values()) {
            record(Schemas.of(table), strict, false);
        }
        record(Schemas.RESULTS, strict, true);
        record(Schemas.FINDINGS, strict, false);
        addSerializer(RegisterSource.class, new RegisterSerializer());
        addDeserializer(Register.class, new RegisterDeserializer(strict));

        scalar(AreaCode.class, CellTypes.AREA_CODE);
        scalar(ResidentId.class, CellTypes.RESIDENT_ID);
        scalar(ReportingPeriod.class, CellTypes.PERIOD);
        scalar(Indicator.class, CellTypes.INDICATOR);
        scalar(Unit.class, CellTypes.UNIT);
        scalar(Severity.class, CellTypes.SEVERITY);
        scalar(RegisterTable.class, CellTypes.TABLE);
        scalar(MaritalStatus.class, CellTypes.MARITAL_STATUS);
        scalar(Residence.class, CellTypes.RESIDENCE);
        scalar(Sex.class, CellTypes.SEX);
        scalar(PolicyStatus.class, CellTypes.POLICY);
        scalar(BirthOutcome.class, CellTypes.BIRTH_OUTCOME);
        scalar(ContraceptiveMethod.class, CellTypes.METHOD);
        scalar(PregnancyOutcome.class, CellTypes.PREGNANCY_OUTCOME);
        scalar(ProcedureType.class, CellTypes.PROCEDURE_TYPE);
        scalar(HealthCheckKind.class, CellTypes.CHECK_KIND);
        scalar(LocalDate.class, CellTypes.DATE);
    }

    private <T> void record(Schema<T, ?> schema, boolean strict, boolean writeNulls) {
        addSerializer(schema.type(), new RecordSerializer<>(schema, writeNulls));
        addDeserializer(schema.type(), new RecordDeserializer<>(schema, strict));
    }

    private <V> void scalar(Class<V> type, CellType<V> cellType) {
        addSerializer(type, new CellSerializer<>(type, cellType));
        addDeserializer(type, new CellDeserializer<>(type, cellType));
    }
}

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
package io.github.fpkit.io.report;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.report.AggregateReport;
import io.github.fpkit.indicators.report.BirthCounts;
import io.github.fpkit.indicators.report.ContraceptiveUse;
import io.github.fpkit.indicators.report.FloatingFlow;
import io.github.fpkit.indicators.report.HealthChecks;
import io.github.fpkit.indicators.report.PopulationFigures;
import io.github.fpkit.indicators.report.StatedRate;
import io.github.fpkit.indicators.report.Subsidy;
import io.github.fpkit.indicators.report.SurgeryCounts;
import io.github.fpkit.indicators.report.WomenCounts;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.InvalidValueException;
import io.github.fpkit.model.ProcedureType;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;

/**
 * Reads one report from a token stream, strictly: every property must be one of the format,
 * every value of its type; {@code null} means "not stated". Each error carries the
 * location of the token that caused it.
 */
final class ReportParser {
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");

    private final JsonParser parser;
    private final String source;

    ReportParser(JsonParser parser, String source) {
        this.parser = parser;
        this.source = source;
    }

    AggregateReport report() {
        parser.nextToken();
        TokenStreamLocation start = parser.currentTokenLocation();
        AggregateReport.Builder report = AggregateReport.builder();
        object("", name -> {
            switch (name) {
                case "areaCode":
                    String code = text("areaCode");
                    try {
                        report.areaCode(AreaCode.of(code));
                    } catch (InvalidValueException e) {
                        throw fail("areaCode", code, e.reason(), e);
                    }
                    break;
                case "areaName": report.areaName(text(name)); break;
                case "period": report.statedPeriod(text(name)); break;
                case "reportDate": report.statedReportDate(text(name)); break;
                case "population": report.population(population()); break;
                case "women": report.women(women()); break;
                case "contraception": report.contraception(contraception()); break;
                case "births": report.births(births()); break;
                case "deaths": report.deaths(count(name)); break;
                case "surgeries": report.surgeries(surgeries()); break;
                case "currentPregnancies": report.currentPregnancies(count(name)); break;
                case "healthChecks": report.healthChecks(healthChecks()); break;
                case "floatingOut": report.floatingOut(flow(name)); break;
                case "floatingIn": report.floatingIn(flow(name)); break;
                case "oneChildCertificatesIssued": report.oneChildCertificatesIssued(count(name)); break;
                case "rewardSubsidy": report.rewardSubsidy(subsidy(name)); break;
                case "specialAssistanceBereaved": report.specialAssistanceBereaved(subsidy(name)); break;
                case "specialAssistanceDisabled": report.specialAssistanceDisabled(subsidy(name)); break;
                case "statedRates": statedRates(report); break;
                default: throw unknown("", name);
            }
        });
        if (parser.nextToken() != null) {
            throw fail("", "", "unexpected content after the report's closing brace", null);
        }
        return build("", start, report::build);
    }

    private PopulationFigures population() {
        PopulationFigures.Builder b = PopulationFigures.builder();
        TokenStreamLocation start = parser.currentTokenLocation();
        object("population", name -> {
            String path = "population." + name;
            switch (name) {
                case "start": b.start(count(path)); break;
                case "end": b.end(count(path)); break;
                case "average": b.average(decimal(path)); break;
                case "households": b.households(count(path)); break;
                default: throw unknown("population", name);
            }
        });
        return build("", start, b::build);
    }

    private WomenCounts women() {
        WomenCounts.Builder b = WomenCounts.builder();
        TokenStreamLocation start = parser.currentTokenLocation();
        object("women", name -> {
            String path = "women." + name;
            switch (name) {
                case "wra": b.wra(count(path)); break;
                case "married": b.married(count(path)); break;
                case "parity0": b.parity0(count(path)); break;
                case "parity1": b.parity1(count(path)); break;
                case "parity2": b.parity2(count(path)); break;
                case "parity3Plus": b.parity3Plus(count(path)); break;
                case "oneChild": b.oneChild(count(path)); break;
                case "twoDaughters": b.twoDaughters(count(path)); break;
                default: throw unknown("women", name);
            }
        });
        return build("", start, b::build);
    }

    private ContraceptiveUse contraception() {
        ContraceptiveUse.Builder b = ContraceptiveUse.builder();
        TokenStreamLocation start = parser.currentTokenLocation();
        Map<ContraceptiveMethod, String> spellings = new EnumMap<>(ContraceptiveMethod.class);
        object("contraception", name -> {
            switch (name) {
                case "users": b.users(count("contraception.users")); break;
                case "byMethod":
                    object("contraception.byMethod", method -> {
                        String path = "contraception.byMethod." + method;
                        ContraceptiveMethod m = coded(path, method, () -> ContraceptiveMethod.parse(method));
                        once(spellings, m, path, method);
                        b.putByMethod(m, count(path));
                    });
                    break;
                default: throw unknown("contraception", name);
            }
        });
        return build("", start, b::build);
    }

    private BirthCounts births() {
        BirthCounts.Builder b = BirthCounts.builder();
        TokenStreamLocation start = parser.currentTokenLocation();
        object("births", name -> {
            String path = "births." + name;
            switch (name) {
                case "total": b.total(count(path)); break;
                case "order1": b.order1(count(path)); break;
                case "order2": b.order2(count(path)); break;
                case "order3Plus": b.order3Plus(count(path)); break;
                case "male": b.male(count(path)); break;
                case "female": b.female(count(path)); break;
                case "inPolicy": b.inPolicy(count(path)); break;
                case "outOfPolicy": b.outOfPolicy(count(path)); break;
                default: throw unknown("births", name);
            }
        });
        return build("", start, b::build);
    }

    private SurgeryCounts surgeries() {
        SurgeryCounts.Builder b = SurgeryCounts.builder();
        TokenStreamLocation start = parser.currentTokenLocation();
        Map<ProcedureType, String> spellings = new EnumMap<>(ProcedureType.class);
        object("surgeries", name -> {
            switch (name) {
                case "total": b.total(count("surgeries.total")); break;
                case "byType":
                    object("surgeries.byType", type -> {
                        String path = "surgeries.byType." + type;
                        ProcedureType t = coded(path, type, () -> ProcedureType.parse(type));
                        once(spellings, t, path, type);
                        b.putByType(t, count(path));
                    });
                    break;
                default: throw unknown("surgeries", name);
            }
        });
        return build("", start, b::build);
    }

    private HealthChecks healthChecks() {
        HealthChecks.Builder b = HealthChecks.builder();
        TokenStreamLocation start = parser.currentTokenLocation();
        object("healthChecks", name -> {
            String path = "healthChecks." + name;
            switch (name) {
                case "due": b.due(count(path)); break;
                case "done": b.done(count(path)); break;
                default: throw unknown("healthChecks", name);
            }
        });
        return build("", start, b::build);
    }

    private FloatingFlow flow(String group) {
        FloatingFlow.Builder b = FloatingFlow.builder();
        TokenStreamLocation start = parser.currentTokenLocation();
        object(group, name -> {
            String path = group + "." + name;
            switch (name) {
                case "total": b.total(count(path)); break;
                case "inProvince": b.inProvince(count(path)); break;
                case "outOfProvince": b.outOfProvince(count(path)); break;
                case "certificatesHeld": b.certificatesHeld(count(path)); break;
                case "certificatesVerified": b.certificatesVerified(count(path)); break;
                case "certificatesReturned": b.certificatesReturned(count(path)); break;
                case "contractsSigned": b.contractsSigned(count(path)); break;
                default: throw unknown(group, name);
            }
        });
        return build(group + ".", start, b::build);
    }

    private Subsidy subsidy(String group) {
        Subsidy.Builder b = Subsidy.builder();
        TokenStreamLocation start = parser.currentTokenLocation();
        object(group, name -> {
            String path = group + "." + name;
            switch (name) {
                case "beneficiaries": b.beneficiaries(count(path)); break;
                case "standardPerPerson": b.standardPerPerson(decimal(path)); break;
                case "statedTotal": b.statedTotal(decimal(path)); break;
                default: throw unknown(group, name);
            }
        });
        return build(group + ".", start, b::build);
    }

    private void statedRates(AggregateReport.Builder report) {
        object("statedRates", code -> {
            String path = "statedRates." + code;
            Indicator indicator;
            try {
                indicator = Indicator.parse(code);
            } catch (IllegalArgumentException e) {
                throw fail(path, code, "unknown indicator code", e);
            }
            try {
                if (parser.currentToken() == JsonToken.VALUE_STRING) {
                    report.addStatedRates(StatedRate.parse(indicator, parser.getString()));
                } else if (parser.currentToken().isNumeric()) {
                    report.addStatedRates(StatedRate.of(indicator, parser.getDecimalValue()));
                } else {
                    throw fail(path, parser.getString(), "expected a number or a string such as \"91.2\"", null);
                }
            } catch (InvalidValueException e) {
                throw fail(path, e.value(), e.reason(), e);
            }
        });
    }

    /** Reads the properties of the object at the current token; {@code property} is called with the value as current token. */
    private void object(String path, Consumer<String> property) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw fail(path, currentText(), "expected an object", null);
        }
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            if (parser.nextToken() != JsonToken.VALUE_NULL) {
                property.accept(name);
            }
        }
    }

    private long count(String path) {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw fail(path, currentText(), "expected a whole number, 0 or more", null);
        }
        long value;
        try {
            value = parser.getLongValue();
        } catch (InputCoercionException e) {
            throw fail(path, currentText(), "too large for a count", e);
        }
        if (value < 0) {
            throw fail(path, currentText(), "a count must be 0 or more", null);
        }
        return value;
    }

    private BigDecimal decimal(String path) {
        BigDecimal value;
        if (parser.currentToken() == JsonToken.VALUE_STRING && DECIMAL.matcher(parser.getString().trim()).matches()) {
            value = new BigDecimal(parser.getString().trim());
        } else if (parser.currentToken() != null && parser.currentToken().isNumeric()) {
            value = parser.getDecimalValue();
        } else {
            throw fail(path, currentText(), "expected a decimal number, 0 or more", null);
        }
        if (value.signum() < 0) {
            throw fail(path, currentText(), "must be 0 or more", null);
        }
        return value;
    }

    private String text(String path) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw fail(path, currentText(), "expected a string", null);
        }
        return parser.getString();
    }

    private <T> T coded(String path, String code, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidValueException e) {
            throw fail(path, code, "unknown property: " + e.reason(), e);
        }
    }

    /**
     * Rejects a method or type stated a second time under another spelling ({@code "iud"} and
     * {@code "上环"}): the builder would keep the last count and silently lose the first, and
     * the parser's duplicate detection sees only identical property names.
     */
    private <T> void once(Map<T, String> spellings, T value, String path, String spelling) {
        String first = spellings.putIfAbsent(value, spelling);
        if (first != null) {
            throw fail(path, spelling, "stated twice: \"" + spelling + "\" and \"" + first + "\" both name " + value, null);
        }
    }

    /** Builds a group, reporting a rule of the value type at the group's opening brace; {@code prefix} completes relative field names. */
    private <T> T build(String prefix, TokenStreamLocation start, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            throw new ReportFormatException(source, start.getLineNr(), start.getColumnNr(), prefix + e.field(), e.value(), e.reason(), e);
        }
    }

    private String currentText() {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return "";
        }
        return token.isScalarValue() ? parser.getString() : token.asString() == null ? token.name() : token.asString();
    }

    private ReportFormatException unknown(String group, String name) {
        return fail(group.isEmpty() ? name : group + "." + name, name, "unknown property", null);
    }

    private ReportFormatException fail(String field, String value, String reason, Throwable cause) {
        TokenStreamLocation at = parser.currentTokenLocation();
        return new ReportFormatException(source, at.getLineNr(), at.getColumnNr(), field, value, reason, cause);
    }
}

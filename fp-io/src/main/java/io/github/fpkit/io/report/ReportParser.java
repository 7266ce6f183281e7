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
import io.github.fpkit.indicators.report.ReportDraft;
import io.github.fpkit.indicators.report.ReportFigure;
import io.github.fpkit.indicators.report.ReportSection;
import io.github.fpkit.indicators.report.StatedRate;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.InvalidValueException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;

/**
 * Reads one report from a token stream, strictly: every property must be one of the format,
 * every value of its type; {@code null} means "not stated". Each error carries the
 * location of the token that caused it. The figures and the objects that hold them are those
 * of the format's table ({@link ReportSection#report()}); only the report's text properties
 * and stated rates are read here by name.
 */
final class ReportParser {
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern EXPONENT = Pattern.compile("[eE][+-]?0*(\\d+)$");
    /** Leading zeros aside, an exponent of 3 digits already takes a decimal far beyond the format's bounds. */
    private static final int MAX_EXPONENT_DIGITS = 3;
    /** 25 digits before the point, the point and 20 decimals: the most a decimal of a report can write. */
    private static final int MAX_DECIMAL_LENGTH = 46;

    private final JsonParser parser;
    private final String source;

    ReportParser(JsonParser parser, String source) {
        this.parser = parser;
        this.source = source;
    }

    AggregateReport report() {
        parser.nextToken();
        TokenStreamLocation start = parser.currentTokenLocation();
        ReportDraft draft = ReportDraft.empty();
        AggregateReport.Builder report = draft.report();
        ReportSection root = ReportSection.report();
        object("", name -> {
            switch (name) {
                case "areaCode":
                    if (isNull()) {
                        break;
                    }
                    String code = text("areaCode");
                    try {
                        report.areaCode(AreaCode.of(code));
                    } catch (InvalidValueException e) {
                        throw fail("areaCode", code, e.reason(), e);
                    }
                    break;
                case "areaName": stated(() -> report.areaName(text(name))); break;
                case "period": stated(() -> report.statedPeriod(text(name))); break;
                case "reportDate": stated(() -> report.statedReportDate(text(name))); break;
                case "statedRates": stated(() -> statedRates(report)); break;
                default: figureOrSection(draft, root, name);
            }
        });
        if (parser.nextToken() != null) {
            throw fail("", "", "unexpected content after the report's closing brace", null);
        }
        return build(start, draft::build);
    }

    /**
     * Reads the property {@code name} of {@code section} as the format's table declares it: a
     * figure, or an object of figures, whose value is built, and checked, where it starts.
     */
    private void figureOrSection(ReportDraft draft, ReportSection section, String name) {
        String path = section.path().isEmpty() ? name : section.path() + "." + name;
        Optional<ReportFigure> figure = section.figure(name);
        if (figure.isPresent()) {
            if (isNull()) {
                return;
            }
            draft.set(figure.get(), figure.get().isDecimal() ? decimal(path) : BigDecimal.valueOf(count(path)));
            return;
        }
        ReportSection nested = section.section(name).orElseThrow(() -> unknown(section.path(), name));
        if (isNull()) {
            return;
        }
        TokenStreamLocation start = parser.currentTokenLocation();
        if (nested.isKeyedByCode()) {
            Map<ReportFigure, String> spellings = new HashMap<>();
            object(nested.path(), code -> {
                String codePath = nested.path() + "." + code;
                ReportFigure coded = coded(nested, codePath, code);
                if (isNull()) {
                    return;
                }
                once(spellings, coded, codePath, code);
                draft.set(coded, BigDecimal.valueOf(count(codePath)));
            });
        } else {
            object(nested.path(), property -> figureOrSection(draft, nested, property));
        }
        build(start, () -> draft.close(nested));
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
            if (isNull()) {
                return;
            }
            try {
                if (parser.currentToken() == JsonToken.VALUE_STRING) {
                    report.addStatedRates(StatedRate.parse(indicator, parser.getString()));
                } else if (parser.currentToken().isNumeric()) {
                    report.addStatedRates(StatedRate.of(indicator, number(path)));
                } else {
                    throw fail(path, parser.getString(), "expected a number or a string such as \"91.2\"", null);
                }
            } catch (InvalidValueException e) {
                throw fail(path, e.value(), e.reason(), e);
            }
        });
    }

    /**
     * Reads the properties of the object at the current token; {@code property} is called with
     * the value as current token, also when it is {@code null}, so that an unknown name is
     * rejected whatever its value.
     */
    private void object(String path, Consumer<String> property) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw fail(path, currentText(), "expected an object", null);
        }
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            property.accept(name);
        }
    }

    /** {@code null} means "not stated": the property is known, and nothing is set. */
    private boolean isNull() {
        return parser.currentToken() == JsonToken.VALUE_NULL;
    }

    private void stated(Runnable read) {
        if (!isNull()) {
            read.run();
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
        String written = parser.currentToken() == JsonToken.VALUE_STRING ? parser.getString().trim() : "";
        if (written.length() > MAX_DECIMAL_LENGTH) {
            throw fail(path, written, "longer than any decimal a report can write (" + MAX_DECIMAL_LENGTH + " characters)", null);
        } else if (DECIMAL.matcher(written).matches()) {
            value = new BigDecimal(written);
        } else if (parser.currentToken() != null && parser.currentToken().isNumeric()) {
            value = number(path);
        } else {
            throw fail(path, currentText(), "expected a decimal number, 0 or more", null);
        }
        if (value.signum() < 0) {
            throw fail(path, currentText(), "must be 0 or more", null);
        }
        return value;
    }

    /**
     * The number at the current token, its exponent checked on the text before any
     * {@code BigDecimal} is built: {@code 1e9999999999} does not fit one, and
     * {@code 1e999999999} would make every later step handle a billion digits.
     */
    private BigDecimal number(String path) {
        String written = parser.getString();
        Matcher exponent = EXPONENT.matcher(written);
        if (exponent.find() && (exponent.group(1).length() > MAX_EXPONENT_DIGITS)) {
            throw fail(path, written, "exponent out of range (at most " + MAX_EXPONENT_DIGITS + " digits)", null);
        }
        return parser.getDecimalValue();
    }

    private String text(String path) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw fail(path, currentText(), "expected a string", null);
        }
        return parser.getString();
    }

    private ReportFigure coded(ReportSection section, String path, String code) {
        try {
            return section.figureOfCode(code);
        } catch (InvalidValueException e) {
            throw fail(path, code, "unknown property: " + e.reason(), e);
        }
    }

    /**
     * Rejects a method or type stated a second time under another spelling ({@code "iud"} and
     * {@code "上环"}): the builder would keep the last count and silently lose the first, and
     * the parser's duplicate detection sees only identical property names.
     */
    private void once(Map<ReportFigure, String> spellings, ReportFigure figure, String path, String spelling) {
        String first = spellings.putIfAbsent(figure, spelling);
        if (first != null) {
            throw fail(path, spelling, "stated twice: \"" + spelling + "\" and \"" + first + "\" both name " + figure.name(), null);
        }
    }

    /** Builds a value, reporting a rule it breaks at the place its object starts; the exception names the field by its full path. */
    private <T> T build(TokenStreamLocation start, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            throw new ReportFormatException(source, start.getLineNr(), start.getColumnNr(), e.field(), e.value(), e.reason(), e);
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

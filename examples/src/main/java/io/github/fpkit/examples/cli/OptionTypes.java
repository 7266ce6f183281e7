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

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.InvalidValueException;
import io.github.fpkit.model.ReportingPeriod;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * How option values are read: each converter turns the domain's own exception into a
 * picocli conversion error, so that a bad value is a usage error (exit status 2) whose
 * one-line message names the option, the value and the reason.
 */
final class OptionTypes {
    private OptionTypes() {
    }

    /** {@code --period}: any notation of {@link ReportingPeriod#parse}, of a period that starts in year 1 or later. */
    static final class Period implements ITypeConverter<ReportingPeriod> {
        @Override
        public ReportingPeriod convert(String text) {
            ReportingPeriod period;
            try {
                period = ReportingPeriod.parse(text);
            } catch (InvalidValueException e) {
                throw new TypeConversionException("'" + text + "': " + e.reason());
            }
            // The library admits the proleptic years before 1 (0000SY starts on -0001-10-01); no register holds them.
            if (period.start().getYear() < 1) {
                throw new TypeConversionException("'" + text + "': starts before the year 1 (" + period.start() + ")");
            }
            return period;
        }
    }

    /** {@code --area}: a 12-digit area code. */
    static final class Area implements ITypeConverter<AreaCode> {
        @Override
        public AreaCode convert(String text) {
            try {
                return AreaCode.of(text);
            } catch (InvalidValueException e) {
                throw new TypeConversionException("'" + text + "': " + e.reason());
            }
        }
    }

    /** {@code --encoding}: one of the register format's encodings, UTF-8, GBK or GB18030 (any case). */
    static final class Encoding implements ITypeConverter<Charset> {
        private static final Set<String> ACCEPTED = Set.of("UTF-8", "GBK", "GB18030");

        @Override
        public Charset convert(String text) {
            Charset charset;
            try {
                charset = Charset.forName(text.trim());
            } catch (UnsupportedCharsetException | IllegalCharsetNameException e) {
                charset = null;
            }
            if (charset == null || !ACCEPTED.contains(charset.name())) {
                throw new TypeConversionException("'" + text + "': not an encoding of the register format; use UTF-8, GBK or GB18030");
            }
            return charset;
        }
    }

    /** {@code --indicators}: indicator codes, case-insensitive. */
    static final class IndicatorCode implements ITypeConverter<Indicator> {
        @Override
        public Indicator convert(String text) {
            try {
                return Indicator.parse(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + text + "': not an indicator code; 'fp indicators --help' lists them");
            }
        }
    }

    /** {@code --date}: an ISO date {@code yyyy-mm-dd} of the year 1 or later. */
    static final class Date implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String text) {
            LocalDate date;
            try {
                date = LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + text + "': not a date of the form yyyy-mm-dd (for example 2009-09-30)"
                        + (text.strip().matches("\\d{4}-\\d{2}-\\d{2}") ? ", or no such day" : ""));
            }
            if (date.getYear() < 1) {
                throw new TypeConversionException("'" + text + "': before the year 1");
            }
            return date;
        }
    }
}

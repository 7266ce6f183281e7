package io.github.fpkit.examples.cli;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.InvalidValueException;
import io.github.fpkit.model.ReportingPeriod;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
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

    /** {@code --period}: any notation of {@link ReportingPeriod#parse}. */
    static final class Period implements ITypeConverter<ReportingPeriod> {
        @Override
        public ReportingPeriod convert(String text) {
            try {
                return ReportingPeriod.parse(text);
            } catch (InvalidValueException e) {
                throw new TypeConversionException("'" + text + "': " + e.reason());
            }
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

    /** {@code --encoding}: a charset name Java knows, such as UTF-8, GBK or GB18030. */
    static final class Encoding implements ITypeConverter<Charset> {
        @Override
        public Charset convert(String text) {
            try {
                return Charset.forName(text.trim());
            } catch (UnsupportedCharsetException | IllegalCharsetNameException e) {
                throw new TypeConversionException("'" + text + "': unknown encoding; use UTF-8, GBK or GB18030");
            }
        }
    }

    /** {@code --indicators}: indicator codes, case-insensitive. */
    static final class IndicatorCode implements ITypeConverter<Indicator> {
        @Override
        public Indicator convert(String text) {
            try {
                return Indicator.parse(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + text + "': unknown indicator code; 'fp indicators --help' lists the codes");
            }
        }
    }
}

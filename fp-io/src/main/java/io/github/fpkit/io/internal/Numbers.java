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

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** Integer and decimal cells; digits are checked by hand so that no locale or hex form slips in. */
final class Numbers {
    private Numbers() {
    }

    /**
     * Whole numbers of at most 18 digits, written as plain digits: 0 or more, or, for a
     * signed column (the numerator of NIR, births − deaths), also below 0.
     */
    static final class Whole extends CellType<Long> {
        private final boolean signed;

        Whole(boolean signed) {
            this.signed = signed;
        }

        @Override
        public Long parse(String text) {
            boolean negative = signed && text.charAt(0) == '-';
            int start = text.charAt(0) == '+' || negative ? 1 : 0;
            if (text.length() - start > 18) {
                throw new CellException("expected a whole number of at most 18 digits");
            }
            if (start == text.length()) {
                throw new CellException("expected a whole number");
            }
            long value = 0;
            for (int i = start; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    throw new CellException(text.charAt(0) == '-' ? "must be 0 or more" : "expected a whole number");
                }
                value = value * 10 + (c - '0');
            }
            return negative ? -value : value;
        }

        @Override
        public String format(Long value) {
            return value.toString();
        }

        @Override
        public void writeJson(JsonGenerator generator, Long value) {
            generator.writeNumber(value.longValue());
        }

        @Override
        public Long readJson(JsonParser parser) {
            if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                throw new CellException("expected a whole JSON number, found " + parser.currentToken());
            }
            long value = parser.getLongValue();
            if (value < 0 && !signed) {
                throw new CellException("must be 0 or more");
            }
            return value;
        }
    }

    /** Finite decimal numbers, written in the shortest form that reads back to the same double. */
    static final class Decimal extends CellType<Double> {
        @Override
        public Double parse(String text) {
            if (text.length() > 32) {
                throw new CellException("expected a decimal number");
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if ((c < '0' || c > '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
                    throw new CellException("expected a decimal number");
                }
            }
            double value;
            try {
                value = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new CellException("expected a decimal number");
            }
            if (!Double.isFinite(value)) {
                throw new CellException("the number is too large");
            }
            return value;
        }

        @Override
        public String format(Double value) {
            return isWhole(value) ? Long.toString(value.longValue()) : value.toString();
        }

        @Override
        public void writeJson(JsonGenerator generator, Double value) {
            // A whole number (a count, a population of whole people) is written as in the result
            // records of the indicator contract: 292, not 292.0.
            if (isWhole(value)) {
                generator.writeNumber(value.longValue());
            } else {
                generator.writeNumber(value.doubleValue());
            }
        }

        private static boolean isWhole(double value) {
            return value == Math.rint(value) && Math.abs(value) < 0x1p53;
        }

        @Override
        public Double readJson(JsonParser parser) {
            if (!parser.currentToken().isNumeric()) {
                throw new CellException("expected a JSON number, found " + parser.currentToken());
            }
            return parser.getDoubleValue();
        }
    }
}

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

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * The sizes a report's JSON may reach, set by fpkit far below Jackson's defaults: no real
 * report comes near them, and a hostile or corrupt file is stopped before its numbers,
 * names or strings cost time or memory. A breach is thrown in fpkit's own words, which the
 * reader turns into a located {@link ReportFormatException}.
 */
final class ReportLimits extends StreamReadConstraints {
    private static final long serialVersionUID = 1L;

    /** Longest number token: a decimal of 25 + 20 digits with sign, point and a short exponent fits. */
    static final int MAX_NUMBER_LENGTH = 64;
    /** Longest property name: the longest name of the format is 30 characters. */
    static final int MAX_NAME_LENGTH = 100;
    /** Longest string value: an area's name, a period in words, a stated rate. */
    static final int MAX_STRING_LENGTH = 1_000;
    /** Deepest nesting: the format nests 3 objects deep. */
    static final int MAX_DEPTH = 16;

    ReportLimits() {
        super(MAX_DEPTH, DEFAULT_MAX_DOC_LEN, DEFAULT_MAX_TOKEN_COUNT, MAX_NUMBER_LENGTH, MAX_STRING_LENGTH, MAX_NAME_LENGTH);
    }

    @Override
    public void validateNestingDepth(int depth) {
        require(depth, MAX_DEPTH, "nested deeper than " + MAX_DEPTH + " levels, far beyond the report format");
    }

    @Override
    public void validateFPLength(int length) {
        require(length, MAX_NUMBER_LENGTH, "a number longer than " + MAX_NUMBER_LENGTH + " characters");
    }

    @Override
    public void validateIntegerLength(int length) {
        validateFPLength(length);
    }

    @Override
    public void validateStringLength(int length) {
        validateStringLengthLong(length);
    }

    @Override
    public void validateStringLengthLong(long length) {
        require(length, MAX_STRING_LENGTH, "a string longer than " + MAX_STRING_LENGTH + " characters");
    }

    @Override
    public void validateNameLength(int length) {
        require(length, MAX_NAME_LENGTH, "a property name longer than " + MAX_NAME_LENGTH + " characters");
    }

    private static void require(long size, int limit, String breach) {
        if (size > limit) {
            throw new StreamConstraintsException(breach);
        }
    }
}

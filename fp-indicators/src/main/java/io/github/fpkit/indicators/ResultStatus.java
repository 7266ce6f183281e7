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
package io.github.fpkit.indicators;


/**
 * What the value cells of a result record hold, written in its {@code status} column so
 * that an empty cell is never ambiguous: a script reads the status instead of guessing
 * whether an empty denominator means "a count" or "undefined".
 */
public enum ResultStatus {
    /** A count: numerator and value are the count; no denominator, no interval. */
    COUNT("count"),
    /** A rate, share, ratio or TFR with a value. */
    DEFINED("defined"),
    /** A rate, share, ratio or TFR without a value: its denominator is 0 or unknown. */
    UNDEFINED("undefined");

    private final String code;

    ResultStatus(String code) {
        this.code = code;
    }

    /** @return the code written in files: {@code count}, {@code defined} or {@code undefined} */
    public String code() {
        return code;
    }

    /**
     * @param result a result, not null
     * @return its status
     */
    public static ResultStatus of(IndicatorResult result) {
        if (result.indicator().formula().kind() == Formula.Kind.COUNT) {
            return COUNT;
        }
        return result.value().isPresent() ? DEFINED : UNDEFINED;
    }
}

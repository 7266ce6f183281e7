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
package io.github.fpkit.indicators.report;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.model.InvalidValueException;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StatedRateLimitsTest {
    @Test
    void test_parse_millionDigits_isRejectedQuickly_andShownShort() {
        String digits = "9".repeat(1_000_000);
        InvalidValueException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(InvalidValueException.class, () -> StatedRate.parse(Indicator.CBR, digits)));
        assertTrue(e.getMessage().length() < 200, e::getMessage);
        assertTrue(e.value().contains("(1000000 characters)"), e::value);
    }

    @Test
    void test_of_countWithHugeExponent_doesNotWriteItOut() {
        InvalidValueException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(InvalidValueException.class, () -> StatedRate.of(Indicator.LIVE_BIRTHS, new BigDecimal("1e999999999"))));
        assertTrue(e.getMessage().length() < 200, e::getMessage);
    }
}

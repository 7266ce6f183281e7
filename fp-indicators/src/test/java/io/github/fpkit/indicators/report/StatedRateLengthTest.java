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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.model.InvalidValueException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A stated rate's text of 64 characters is read, surrounding spaces included; one more is refused unread. */
class StatedRateLengthTest {
    @Test
    void test_sixtyFourCharacters_areRead_sixtyFiveAreNot() {
        String text = "91.2 %" + " ".repeat(58);
        assertEquals(64, text.length());
        assertEquals(new BigDecimal("91.2"), StatedRate.parse(Indicator.CPR, text).value());
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> StatedRate.parse(Indicator.CPR, text + " "));
        assertEquals("statedRates.CPR", e.field());
    }
}

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
package io.github.fpkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HealthCheckTest {
    @Test
    void of_keepsItsParts() {
        HealthCheck c = HealthCheck.of("W1", HealthCheckKind.IUD_CHECK, LocalDate.of(2009, 4, 2));
        assertEquals("W1", c.womanId());
        assertEquals(HealthCheckKind.IUD_CHECK, c.kind());
        assertEquals(LocalDate.of(2009, 4, 2), c.date());
    }

    @Test
    void of_rejectsBlankWomanId() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> HealthCheck.of("", HealthCheckKind.IUD_CHECK, LocalDate.of(2009, 4, 2)));
        assertEquals("woman_id", e.field());
    }

    @Test
    void build_withoutARequiredField_namesIt() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> HealthCheck.builder().womanId("W1").date(LocalDate.of(2009, 4, 2)).build());
        assertEquals("kind", e.field());
    }
}

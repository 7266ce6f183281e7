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

class ProcedureTest {
    @Test
    void of_keepsItsParts() {
        Procedure p = Procedure.of("W1", ProcedureType.IUD_INSERTION, LocalDate.of(2009, 5, 5));
        assertEquals("W1", p.womanId());
        assertEquals(ProcedureType.IUD_INSERTION, p.type());
        assertEquals(LocalDate.of(2009, 5, 5), p.date());
    }

    @Test
    void of_rejectsBlankWomanId() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Procedure.of(" ", ProcedureType.IUD_INSERTION, LocalDate.of(2009, 5, 5)));
        assertEquals("woman_id", e.field());
    }

    @Test
    void build_withoutARequiredField_namesIt() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Procedure.builder().womanId("W1").type(ProcedureType.IUD_INSERTION).build());
        assertEquals("date", e.field());
    }
}

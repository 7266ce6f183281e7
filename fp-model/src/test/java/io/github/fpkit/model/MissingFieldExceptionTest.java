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
import java.util.List;
import org.junit.jupiter.api.Test;

class MissingFieldExceptionTest {
    @Test
    void message_namesTheFirstMissingFieldAndTheOthers() {
        MissingFieldException e = assertThrows(MissingFieldException.class,
                () -> Woman.builder().id("W1").areaCode(AreaCode.of("990101001001")).build());
        assertEquals("birthDate '': is required but was not set (nor was maritalStatus)", e.getMessage());
        assertEquals("birthDate", e.field());
        assertEquals("", e.value());
        assertEquals(List.of("birthDate", "maritalStatus"), e.missingFields());
    }

    @Test
    void message_ofOneMissingField() {
        MissingFieldException e = assertThrows(MissingFieldException.class,
                () -> Woman.builder().id("W1").areaCode(AreaCode.of("990101001001"))
                        .birthDate(LocalDate.of(1980, 1, 1)).build());
        assertEquals("maritalStatus '': is required but was not set", e.getMessage());
    }

    @Test
    void message_ofThreeMissingFields() {
        assertEquals("a '': is required but was not set (nor were b, c)", new MissingFieldException("a", "b", "c").getMessage());
    }

    @Test
    void constructor_rejectsNoField() {
        assertThrows(IllegalArgumentException.class, MissingFieldException::new);
    }
}

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

import org.junit.jupiter.api.Test;

class AreaTest {
    @Test
    void level_followsTheCode() {
        assertEquals(AreaLevel.TOWNSHIP, Area.of(AreaCode.of("990101001000"), "第1乡").level());
    }

    @Test
    void of_rejectsBlankName() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Area.of(AreaCode.of("990101001000"), " "));
        assertEquals("name", e.field());
    }

    @Test
    void build_withoutARequiredField_namesIt() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Area.builder().name("第1乡").build());
        assertEquals("code", e.field());
    }
}

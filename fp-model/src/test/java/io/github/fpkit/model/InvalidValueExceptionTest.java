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

import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {
    @Test
    void message_namesFieldValueAndReason() {
        InvalidValueException e = new InvalidValueException("birth_order", "0", "must be 1 or more");
        assertEquals("birth_order '0': must be 1 or more", e.getMessage());
        assertEquals("birth_order", e.field());
        assertEquals("0", e.value());
        assertEquals("must be 1 or more", e.reason());
    }
}

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
package io.github.fpkit.model.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The names a table is shown by: its code in messages and files, its Chinese name for Chinese users. */
class RegisterTableNamesTest {
    @Test
    void test_code_isTheFileNameWithoutItsExtension_andToStringIsTheCode() {
        for (RegisterTable t : RegisterTable.values()) {
            assertEquals(t.fileName(), t.code() + ".csv");
            assertEquals(t.code(), t.toString());
        }
        assertEquals("health_checks", RegisterTable.HEALTH_CHECKS.code());
    }

    @Test
    void test_chineseName_ofTheRegisterFormat() {
        assertEquals("育龄妇女", RegisterTable.WOMEN.chineseName());
        assertEquals("查环查孕查病", RegisterTable.HEALTH_CHECKS.chineseName());
    }
}

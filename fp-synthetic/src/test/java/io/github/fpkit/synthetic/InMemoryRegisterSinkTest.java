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
package io.github.fpkit.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class InMemoryRegisterSinkTest {
    @Test
    void test_toRegister_hasEveryTableEvenEmpty() {
        InMemoryRegisterSink sink = new InMemoryRegisterSink();
        assertEquals(EnumSet.allOf(RegisterTable.class), sink.toRegister().tables());
    }

    @Test
    void test_toRegister_keepsRecordsAfterClose() {
        InMemoryRegisterSink sink = new InMemoryRegisterSink();
        Woman w = Woman.builder().id("W1").areaCode(AreaCode.of("990102001001"))
                .birthDate(LocalDate.of(1980, 1, 1)).maritalStatus(MaritalStatus.UNMARRIED).build();
        sink.accept(w);
        sink.close();
        Register register = sink.toRegister();
        assertEquals(w, register.woman("W1").orElseThrow());
        assertEquals(1, register.women().count());
    }

    @Test
    void test_accept_null() {
        assertThrows(NullPointerException.class, () -> new InMemoryRegisterSink().accept((Woman) null));
    }
}

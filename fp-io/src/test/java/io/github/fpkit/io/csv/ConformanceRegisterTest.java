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
package io.github.fpkit.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.model.register.Register;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.testkit.ConformanceCase;
import java.nio.charset.Charset;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ConformanceRegisterTest {
    @Test
    void test_englishAndChineseGbkForms_readToEqualRecords_tableByTable() {
        CsvRegisterSource en = CsvRegister.builder().strict(true).open(ConformanceCase.path("register-en"));
        CsvRegisterSource zh = CsvRegister.builder().encoding(Charset.forName("GBK")).strict(true).open(ConformanceCase.path("register-zh-gbk"));
        // Every table of the contract's format; distributions.csv goes beyond it.
        assertEquals(EnumSet.complementOf(EnumSet.of(RegisterTable.DISTRIBUTIONS)), en.tables());
        assertEquals(en.tables(), zh.tables());

        Register a = Register.copyOf(en);
        Register b = Register.copyOf(zh);
        assertTable(a, b, Register::areas);
        assertTable(a, b, Register::populationCounts);
        assertTable(a, b, Register::women);
        assertTable(a, b, Register::births);
        assertTable(a, b, Register::deaths);
        assertTable(a, b, Register::contraceptiveEpisodes);
        assertTable(a, b, Register::pregnancies);
        assertTable(a, b, Register::procedures);
        assertTable(a, b, Register::healthChecks);
        assertTable(a, b, Register::households);
        assertTrue(a.women().count() > 100, "the conformance register has its women");
    }

    @Test
    void test_bothForms_rejectNoRow_andConserveRows() {
        for (CsvRegisterSource source : List.of(CsvRegister.builder().open(ConformanceCase.path("register-en")),
                CsvRegister.builder().encoding(Charset.forName("GBK")).open(ConformanceCase.path("register-zh-gbk")))) {
            Register register = Register.copyOf(source);
            assertEquals(List.of(), source.rowErrors());
            assertEquals(List.of(), source.warnings());
            assertEquals(source.tables(), source.counts().keySet());
            source.counts().forEach((table, counts) -> {
                assertEquals(counts.read(), counts.accepted() + counts.rejected());
                assertEquals(0, counts.rejected(), table + " rejected rows");
            });
            assertEquals(register.women().count(), source.counts().get(RegisterTable.WOMEN).accepted());
            assertEquals(register.births().count(), source.counts().get(RegisterTable.BIRTHS).accepted());
        }
    }

    private static <T> void assertTable(Register a, Register b, Function<Register, Stream<T>> table) {
        List<T> left = table.apply(a).collect(Collectors.toList());
        List<T> right = table.apply(b).collect(Collectors.toList());
        assertTrue(!left.isEmpty(), "table has rows");
        assertEquals(left, right);
    }
}

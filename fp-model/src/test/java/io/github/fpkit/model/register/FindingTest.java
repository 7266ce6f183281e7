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
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.fpkit.model.InvalidValueException;
import org.junit.jupiter.api.Test;

class FindingTest {
    @Test
    void toString_namesSeverityRuleFileRecordFieldAndMessage() {
        Finding f = Finding.builder().rule("REF_UNKNOWN_WOMAN").severity(Severity.ERROR)
                .table(RegisterTable.BIRTHS).recordId("B000007").field("mother_id").value("W999")
                .message("mother_id W999 is not in women.csv").build();
        assertEquals("error REF_UNKNOWN_WOMAN births.csv B000007 mother_id: mother_id W999 is not in women.csv",
                f.toString());
    }

    @Test
    void toString_withoutField() {
        Finding f = Finding.builder().rule("R").severity(Severity.WARNING).table(RegisterTable.WOMEN).recordId("W1")
                .message("m").build();
        assertEquals("warning R women.csv W1: m", f.toString());
    }

    @Test
    void toString_withLine_namesTheLineAfterTheFile() {
        Finding f = Finding.builder().rule("REF_UNKNOWN_WOMAN").severity(Severity.ERROR).table(RegisterTable.BIRTHS)
                .recordId("B000007").field("mother_id").value("W999").message("mother_id W999 is not in women.csv").line(9)
                .build();
        assertEquals(9, f.line().getAsLong());
        assertEquals("error REF_UNKNOWN_WOMAN births.csv line 9 B000007 mother_id: mother_id W999 is not in women.csv",
                f.toString());
    }

    @Test
    void build_lineOfTheHeaderOrBefore_isRejected() {
        for (long line : new long[] {1, 0, -1}) {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> Finding.builder().rule("R")
                    .severity(Severity.WARNING).table(RegisterTable.WOMEN).recordId("W1").message("m").line(line).build());
            assertEquals("line", e.field());
        }
    }

    @Test
    void build_withoutARequiredField_namesIt() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Finding.builder().rule("R")
                .severity(Severity.WARNING).table(RegisterTable.WOMEN).recordId("W1").build());
        assertEquals("message", e.field());
    }
}

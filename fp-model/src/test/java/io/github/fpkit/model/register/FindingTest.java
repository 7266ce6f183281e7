package io.github.fpkit.model.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}

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

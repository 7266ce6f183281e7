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
}

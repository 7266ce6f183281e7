package io.github.fpkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProcedureTest {
    @Test
    void of_keepsItsParts() {
        Procedure p = Procedure.of("W1", ProcedureType.IUD_INSERTION, LocalDate.of(2009, 5, 5));
        assertEquals("W1", p.womanId());
        assertEquals(ProcedureType.IUD_INSERTION, p.type());
        assertEquals(LocalDate.of(2009, 5, 5), p.date());
    }

    @Test
    void of_rejectsBlankWomanId() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Procedure.of(" ", ProcedureType.IUD_INSERTION, LocalDate.of(2009, 5, 5)));
        assertEquals("woman_id", e.field());
    }
}

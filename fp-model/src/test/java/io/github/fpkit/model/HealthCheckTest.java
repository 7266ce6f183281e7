package io.github.fpkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HealthCheckTest {
    @Test
    void of_keepsItsParts() {
        HealthCheck c = HealthCheck.of("W1", HealthCheckKind.IUD_CHECK, LocalDate.of(2009, 4, 2));
        assertEquals("W1", c.womanId());
        assertEquals(HealthCheckKind.IUD_CHECK, c.kind());
        assertEquals(LocalDate.of(2009, 4, 2), c.date());
    }

    @Test
    void of_rejectsBlankWomanId() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> HealthCheck.of("", HealthCheckKind.IUD_CHECK, LocalDate.of(2009, 4, 2)));
        assertEquals("woman_id", e.field());
    }
}

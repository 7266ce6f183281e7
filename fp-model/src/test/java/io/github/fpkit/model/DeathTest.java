package io.github.fpkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeathTest {
    private static Death.Builder death() {
        return Death.builder().id("D1").areaCode(AreaCode.of("990101001001")).deathDate(LocalDate.of(2009, 4, 30));
    }

    @Test
    void build_rejectsDeathBeforeBirth() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> death().birthDate(LocalDate.of(2009, 5, 1)).build());
        assertEquals("death_date", e.field());
    }

    @Test
    void build_acceptsDeathOnTheBirthDate() {
        assertEquals(LocalDate.of(2009, 4, 30), death().birthDate(LocalDate.of(2009, 4, 30)).build().birthDate().get());
    }

    @Test
    void build_rejectsBlankId() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> death().id("").build());
        assertEquals("id", e.field());
    }
}

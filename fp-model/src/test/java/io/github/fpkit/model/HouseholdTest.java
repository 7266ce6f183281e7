package io.github.fpkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HouseholdTest {
    @Test
    void builder_leavesUnstatedAttributesEmpty() {
        Household h = Household.builder().id("H1").areaCode(AreaCode.of("990101001001")).build();
        assertTrue(h.rural().isEmpty());
        assertTrue(h.fatherBirthDate().isEmpty());
        assertTrue(h.oneChildCertificateDate().isEmpty());
    }

    @Test
    void build_rejectsBlankId() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Household.builder().id("").areaCode(AreaCode.of("990101001001")).build());
        assertEquals("id", e.field());
    }
}

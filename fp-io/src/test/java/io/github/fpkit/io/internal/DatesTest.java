package io.github.fpkit.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.fpkit.io.testing.RegisterGenerators;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {
    private static final LocalDate SEPT_30 = LocalDate.of(2009, 9, 30);

    @Test
    void test_parse_everyFormOfTheFormat() {
        assertEquals(SEPT_30, Dates.parse("2009-09-30"));
        assertEquals(SEPT_30, Dates.parse("2009/9/30"));
        assertEquals(SEPT_30, Dates.parse("2009.9.30"));
        assertEquals(SEPT_30, Dates.parse("20090930"));
        assertEquals(SEPT_30, Dates.parse("2009年9月30日"));
        assertEquals(LocalDate.of(2009, 1, 2), Dates.parse("2009年01月02日"));
        assertEquals(LocalDate.of(2008, 2, 29), Dates.parse("2008/2/29"));
    }

    @Test
    void test_parse_impossibleDates_rejected() {
        assertTrue(assertThrows(CellException.class, () -> Dates.parse("2009-09-31")).reason().contains("not a real date"));
        assertThrows(CellException.class, () -> Dates.parse("2009-02-29"));
        assertThrows(CellException.class, () -> Dates.parse("20091301"));
        assertThrows(CellException.class, () -> Dates.parse("2009年2月30日"));
    }

    @Test
    void test_parse_malformed_rejected() {
        for (String bad : new String[] {"2009-9/30", "2009-09-30x", "09-09-30", "2009年9月30", "2009--30", "2009-123-1",
            "２００９-09-30", "2009 09 30", "abcdefgh"}) {
            assertThrows(CellException.class, () -> Dates.parse(bad), bad);
        }
    }

    @Test
    void property_isoAndCompactForms_roundTrip() {
        qt().forAll(RegisterGenerators.dates()).checkAssert(d -> {
            assertEquals(d, Dates.parse(d.toString()));
            assertEquals(d, Dates.parse(d.toString().replace("-", "")));
            assertEquals(d, Dates.parse(d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日"));
            assertEquals(d, Dates.parse(d.getYear() + "." + d.getMonthValue() + "." + d.getDayOfMonth()));
        });
    }
}

package io.github.fpkit.model;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SexTest implements CodedEnumContract<Sex> {
    @Override
    public Class<Sex> type() {
        return Sex.class;
    }

    @Override
    public Sex parse(CharSequence text) {
        return Sex.parse(text);
    }

    @Override
    public List<String> labels(Sex constant) {
        return constant.labels();
    }

    @Override
    public String field() {
        return "sex";
    }

    @Override
    public Map<String, Sex> formatSpellings() {
        return Map.ofEntries(
                entry("male", Sex.MALE), entry("男", Sex.MALE),
                entry("female", Sex.FEMALE), entry("女", Sex.FEMALE));
    }

    @Test
    void opposite_swapsTheSexes() {
        assertEquals(Sex.FEMALE, Sex.MALE.opposite());
        assertEquals(Sex.MALE, Sex.FEMALE.opposite());
    }
}

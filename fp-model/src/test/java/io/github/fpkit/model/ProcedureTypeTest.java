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
package io.github.fpkit.model;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcedureTypeTest implements CodedEnumContract<ProcedureType> {
    @Override
    public Class<ProcedureType> type() {
        return ProcedureType.class;
    }

    @Override
    public ProcedureType parse(CharSequence text) {
        return ProcedureType.parse(text);
    }

    @Override
    public List<String> labels(ProcedureType constant) {
        return constant.labels();
    }

    @Override
    public String field() {
        return "type";
    }

    @Override
    public Map<String, ProcedureType> formatSpellings() {
        return Map.ofEntries(
                entry("iud_insertion", ProcedureType.IUD_INSERTION), entry("放环", ProcedureType.IUD_INSERTION),
                entry("上环", ProcedureType.IUD_INSERTION),
                entry("iud_removal", ProcedureType.IUD_REMOVAL), entry("取环", ProcedureType.IUD_REMOVAL),
                entry("female_sterilization", ProcedureType.FEMALE_STERILIZATION), entry("女扎", ProcedureType.FEMALE_STERILIZATION),
                entry("输卵管结扎", ProcedureType.FEMALE_STERILIZATION),
                entry("male_sterilization", ProcedureType.MALE_STERILIZATION), entry("男扎", ProcedureType.MALE_STERILIZATION),
                entry("输精管结扎", ProcedureType.MALE_STERILIZATION),
                entry("induced_abortion", ProcedureType.INDUCED_ABORTION), entry("人流", ProcedureType.INDUCED_ABORTION),
                entry("人工流产", ProcedureType.INDUCED_ABORTION),
                entry("mid_term_induction", ProcedureType.MID_TERM_INDUCTION), entry("中引", ProcedureType.MID_TERM_INDUCTION),
                entry("中期引产", ProcedureType.MID_TERM_INDUCTION),
                entry("implant_insertion", ProcedureType.IMPLANT_INSERTION), entry("皮埋", ProcedureType.IMPLANT_INSERTION),
                entry("implant_removal", ProcedureType.IMPLANT_REMOVAL), entry("取皮埋", ProcedureType.IMPLANT_REMOVAL));
    }

    @Test
    void isSterilization_onlyForFemaleAndMaleSterilization() {
        for (ProcedureType t : ProcedureType.values()) {
            assertEquals(t == ProcedureType.FEMALE_STERILIZATION || t == ProcedureType.MALE_STERILIZATION,
                    t.isSterilization(), t.code());
        }
    }
}

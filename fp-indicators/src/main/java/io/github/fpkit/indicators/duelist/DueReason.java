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
package io.github.fpkit.indicators.duelist;

import io.github.fpkit.indicators.engine.RecordRules;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Why a woman is due for a service on a date, by the national grassroots WIS
 * service-guidance convention (2005); the rules are those of docs/INDICATORS.md, section 6.8.
 *
 * <pre>{@code
 * DueReason.IUD_CHECK.code();         // "iud_check"
 * DueReason.IUD_CHECK.chineseName();  // "查环"
 * DueReason.FOLLOW_UP.englishName();  // "follow-up"
 * }</pre>
 *
 * <p>The constants' order is the order in which a woman's reasons are listed.
 */
public enum DueReason {
    /** 查环: a married WRA with an IUD in use on the date. */
    IUD_CHECK("查环", "IUD check", RecordRules.DUE_IUD_CHECK),
    /**
     * 查孕: a married WRA who is not pregnant on the date, not sterilised (or her husband) more than
     * a year before it, and had no delivery or termination in the 30 days up to it.
     */
    PREGNANCY_CHECK("查孕", "pregnancy check", RecordRules.DUE_PREGNANCY_CHECK),
    /** 随访: a WRA 30 to 60 days after an IUD insertion or removal or an implant insertion. */
    FOLLOW_UP("随访", "follow-up", RecordRules.DUE_FOLLOW_UP);

    private final String chineseName;
    private final String englishName;
    private final int bit;

    DueReason(String chineseName, String englishName, int bit) {
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.bit = bit;
    }

    /** @return the lowercase code, for example {@code pregnancy_check} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the Chinese name, for example {@code 查孕} */
    public String chineseName() {
        return chineseName;
    }

    /** @return the English name, for example {@code pregnancy check} */
    public String englishName() {
        return englishName;
    }

    /** @return the reasons of a set of the engine's reason bits, in declaration order; modifiable */
    static Set<DueReason> of(int bits) {
        Set<DueReason> reasons = EnumSet.noneOf(DueReason.class);
        for (DueReason r : values()) {
            if ((bits & r.bit) != 0) {
                reasons.add(r);
            }
        }
        return reasons;
    }

    /** @return the code */
    @Override
    public String toString() {
        return code();
    }
}

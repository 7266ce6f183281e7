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

import java.util.Optional;

/**
 * The seven five-year age groups of women of childbearing age (15–49), used by the
 * age-specific fertility rates.
 */
public enum AgeGroup {
    /** 15–19. */
    AGE_15_19(15),
    /** 20–24. */
    AGE_20_24(20),
    /** 25–29. */
    AGE_25_29(25),
    /** 30–34. */
    AGE_30_34(30),
    /** 35–39. */
    AGE_35_39(35),
    /** 40–44. */
    AGE_40_44(40),
    /** 45–49. */
    AGE_45_49(45);

    /** Youngest age of childbearing age, in completed years. */
    public static final int CHILDBEARING_MIN = 15;
    /** Oldest age of childbearing age, in completed years. */
    public static final int CHILDBEARING_MAX = 49;

    private final int lower;

    AgeGroup(int lower) {
        this.lower = lower;
    }

    /** @return the youngest age in the group, in completed years */
    public int lower() {
        return lower;
    }

    /** @return the oldest age in the group, in completed years */
    public int upper() {
        return lower + 4;
    }

    /** @return the group label as in indicator codes, for example {@code "15_19"} */
    public String label() {
        return lower + "_" + upper();
    }

    /**
     * @param age an age in completed years
     * @return true if the age is within the group
     */
    public boolean contains(int age) {
        return age >= lower && age <= upper();
    }

    /**
     * @param age an age in completed years
     * @return the group containing the age, empty outside 15–49
     */
    public static Optional<AgeGroup> of(int age) {
        if (age < CHILDBEARING_MIN || age > CHILDBEARING_MAX) {
            return Optional.empty();
        }
        return Optional.of(values()[(age - CHILDBEARING_MIN) / 5]);
    }

    /**
     * @param age an age in completed years
     * @return true for ages 15 to 49
     */
    public static boolean isChildbearingAge(int age) {
        return age >= CHILDBEARING_MIN && age <= CHILDBEARING_MAX;
    }
}

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
package io.github.fpkit.indicators.policy;

import io.github.fpkit.model.MaritalStatus;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a mother was married when she gave birth, as far as the register shows it. The
 * register records a woman's marital status on its reference date and one marriage date
 * ({@code marriage_date}, 结婚日期/初婚日期), not her history, so the answer is sometimes
 * unknown:
 * <ul>
 *   <li>{@code unmarried} (未婚): {@link #NOT_MARRIED} — she has never married;</li>
 *   <li>{@code married} (已婚/初婚) with a marriage date on or before the birth:
 *     {@link #MARRIED}; after the birth: {@link #NOT_MARRIED} (a birth before the first
 *     marriage, 未婚先育); without a marriage date: {@link #UNKNOWN};</li>
 *   <li>{@code remarried} (再婚) with a marriage date on or before the birth:
 *     {@link #MARRIED}; after the birth, or without a date: {@link #UNKNOWN} (the birth may
 *     belong to an earlier marriage);</li>
 *   <li>{@code divorced} (离婚) or {@code widowed} (丧偶): {@link #UNKNOWN} whatever the date
 *     — the register says neither when the marriage ended nor whether the date is of the
 *     first marriage.</li>
 * </ul>
 *
 * <pre>{@code
 * MarriageAtBirth.of(MaritalStatus.MARRIED, Optional.of(LocalDate.of(2008, 5, 1)), LocalDate.of(2009, 3, 1)); // MARRIED
 * }</pre>
 */
public enum MarriageAtBirth {
    /** Married on or before the birth date, and still married on the reference date. */
    MARRIED,
    /** Not married at the birth: never married, or first married after the birth. */
    NOT_MARRIED,
    /** The register cannot tell. */
    UNKNOWN;

    /**
     * @param status the mother's marital status on the register's reference date, not null
     * @param marriageDate her marriage date, not null (empty if not recorded)
     * @param birthDate the birth's date, not null
     * @return whether she was married at the birth, by the rules of this type's description
     */
    public static MarriageAtBirth of(MaritalStatus status, Optional<LocalDate> marriageDate, LocalDate birthDate) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(marriageDate, "marriageDate");
        Objects.requireNonNull(birthDate, "birthDate");
        switch (status) {
            case UNMARRIED:
                return NOT_MARRIED;
            case MARRIED:
                return marriageDate.map(d -> d.isAfter(birthDate) ? NOT_MARRIED : MARRIED).orElse(UNKNOWN);
            case REMARRIED:
                return marriageDate.filter(d -> !d.isAfter(birthDate)).map(d -> MARRIED).orElse(UNKNOWN);
            case DIVORCED:
            case WIDOWED:
            default:
                return UNKNOWN;
        }
    }
}

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

import java.util.Objects;
import java.util.Optional;

/**
 * A 12-digit statistical division code 区划代码: 6 digits of county, 3 of township and
 * 3 of village. A township is {@code TTTTTTTTT000}, a county {@code CCCCCC000000}; the
 * parent of an area follows from its code.
 *
 * <pre>{@code
 * AreaCode village = AreaCode.of("990101001002");
 * village.level();            // VILLAGE
 * village.parent().get();     // 990101001000
 * village.county();           // 990101000000
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class AreaCode implements Comparable<AreaCode> {
    private static final long TOWNSHIP_UNIT = 1_000L;
    private static final long COUNTY_UNIT = 1_000_000L;

    private final long value;

    private AreaCode(long value) {
        this.value = value;
    }

    /**
     * Obtains a code from its 12 digits.
     *
     * @param code twelve ASCII digits, surrounding whitespace ignored, not null
     * @return the code
     * @throws InvalidValueException if the text is not exactly twelve digits, or its first six
     *     (the county part) are all zeros
     */
    public static AreaCode of(CharSequence code) {
        Objects.requireNonNull(code, "code");
        String text = code.toString().trim();
        if (text.length() != 12) {
            throw new InvalidValueException("area_code", text, "expected 12 digits, found " + text.length() + " characters");
        }
        long value = 0;
        for (int i = 0; i < 12; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidValueException("area_code", text, "expected 12 digits, found '" + c + "' at position " + (i + 1));
            }
            value = value * 10 + (c - '0');
        }
        if (value == 0) {
            throw new InvalidValueException("area_code", text, "the all-zero code names no area");
        }
        if (value < COUNTY_UNIT) {
            // Its county would be the all-zero code, so parent() and county() would name no area.
            throw new InvalidValueException("area_code", text, "the county part 000000 names no county");
        }
        return new AreaCode(value);
    }

    /**
     * Obtains a code from its numeric value, for compact storage.
     *
     * @param value the code as a number, 1000000 to 999999999999 (the county part is not 000000)
     * @return the code
     * @throws InvalidValueException if the value is out of range
     */
    public static AreaCode ofNumber(long value) {
        if (value < COUNTY_UNIT || value > 999_999_999_999L) {
            throw new InvalidValueException("area_code", Long.toString(value),
                    "expected 1000000 to 999999999999 (a county part other than 000000)");
        }
        return new AreaCode(value);
    }

    /** @return the code as a number (leading zeros dropped), for compact storage */
    public long toNumber() {
        return value;
    }

    /** @return the level this code denotes */
    public AreaLevel level() {
        if (value % COUNTY_UNIT == 0) {
            return AreaLevel.COUNTY;
        }
        return value % TOWNSHIP_UNIT == 0 ? AreaLevel.TOWNSHIP : AreaLevel.VILLAGE;
    }

    /** @return the parent area (village → township, township → county), empty for a county */
    public Optional<AreaCode> parent() {
        switch (level()) {
            case VILLAGE:
                return Optional.of(new AreaCode(value / TOWNSHIP_UNIT * TOWNSHIP_UNIT));
            case TOWNSHIP:
                return Optional.of(county());
            default:
                return Optional.empty();
        }
    }

    /** @return the county this area lies in (itself for a county) */
    public AreaCode county() {
        return new AreaCode(value / COUNTY_UNIT * COUNTY_UNIT);
    }

    /**
     * Returns the ancestor-or-self at a level.
     *
     * @param level the level, not null
     * @return the area at that level containing this one; empty if {@code level} is below this
     *     area's level, or for {@code TOWNSHIP} if this is a village directly under its county
     *     (township part {@code 000})
     */
    public Optional<AreaCode> at(AreaLevel level) {
        Objects.requireNonNull(level, "level");
        if (level.compareTo(level()) > 0) {
            return Optional.empty();
        }
        switch (level) {
            case COUNTY:
                return Optional.of(county());
            case TOWNSHIP:
                AreaCode township = new AreaCode(value / TOWNSHIP_UNIT * TOWNSHIP_UNIT);
                // A village CCCCCC000VVV has no township: its township digits would name the county.
                return township.level() == AreaLevel.TOWNSHIP ? Optional.of(township) : Optional.empty();
            default:
                return Optional.of(this);
        }
    }

    /**
     * @param other an area, not null
     * @return true if {@code other} is this area or lies under it
     */
    public boolean contains(AreaCode other) {
        Objects.requireNonNull(other, "other");
        return other.at(level()).map(this::equals).orElse(false);
    }

    @Override
    public int compareTo(AreaCode other) {
        return Long.compare(value, other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AreaCode && ((AreaCode) o).value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    /** @return the twelve digits */
    @Override
    public String toString() {
        String digits = Long.toString(value);
        return "0".repeat(12 - digits.length()) + digits;
    }
}

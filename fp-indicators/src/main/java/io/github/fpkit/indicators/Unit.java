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
package io.github.fpkit.indicators;

/**
 * The unit of an indicator's value, with the multiplier that turns the ratio
 * numerator / denominator into it.
 */
public enum Unit {
    /** A plain count; no denominator. */
    COUNT("count", "人", 1),
    /** Per thousand: ratio × 1000. */
    PER_MILLE("‰", "‰", 1000),
    /** Percent: ratio × 100. */
    PERCENT("%", "%", 100),
    /** Males per 100 females: ratio × 100. */
    PER_100_FEMALES("per 100 females", "女=100", 100),
    /** Children per woman (TFR). */
    CHILDREN_PER_WOMAN("children per woman", "孩/妇女", 1),
    /** Years of age (the mean ages of mothers). */
    YEARS("years", "岁", 1),
    /**
     * Couple-years of protection (CYP): the protection from pregnancy that a couple has in a
     * year, estimated from procedures and distributed commodities through conversion factors
     * ({@link CypFactors}). Chinese 对年 (short for 夫妇保护年, couple-years of protection).
     */
    COUPLE_YEARS("couple-years", "对年", 1);

    private final String symbol;
    private final String chineseSymbol;
    private final double multiplier;

    Unit(String symbol, String chineseSymbol, double multiplier) {
        this.symbol = symbol;
        this.chineseSymbol = chineseSymbol;
        this.multiplier = multiplier;
    }

    /** @return the unit as written in result records, for example {@code "‰"} or {@code "per 100 females"} */
    public String symbol() {
        return symbol;
    }

    /** @return the unit as written in Chinese reports */
    public String chineseSymbol() {
        return chineseSymbol;
    }

    /** @return the factor applied to numerator / denominator: 1, 100 or 1000 (1 for the units of a value without them) */
    public double multiplier() {
        return multiplier;
    }

    /**
     * @param symbol a unit symbol as printed by {@link #symbol()}, not null
     * @return the unit
     * @throws IllegalArgumentException if no unit has that symbol
     */
    public static Unit ofSymbol(String symbol) {
        for (Unit u : values()) {
            if (u.symbol.equals(symbol)) {
                return u;
            }
        }
        throw new IllegalArgumentException("unknown unit '" + symbol + "'");
    }

    @Override
    public String toString() {
        return symbol;
    }
}

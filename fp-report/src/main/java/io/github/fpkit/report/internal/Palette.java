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
package io.github.fpkit.report.internal;

import java.util.List;

/**
 * The report's colours: Okabe and Ito's palette, told apart by readers with any common
 * colour-vision deficiency, with grey for a ninth series. Charts with many series add
 * ECharts' decal patterns, and pairs are a dark and a light colour, so that a greyscale
 * print keeps them apart too.
 */
public final class Palette {
    /** Blue: the first of a pair, the points of interval charts. */
    public static final String BLUE = "#0072B2";
    /** Orange: the second of a pair, points beyond the 95 % limits. */
    public static final String ORANGE = "#E69F00";
    /** Vermillion: reference lines, points beyond the 99.8 % limits. */
    public static final String VERMILLION = "#D55E00";
    /** Near black: pooled lines and limits. */
    public static final String INK = "#222222";
    /** The colours of up to nine series, in order. */
    private static final List<String> SERIES = List.of(BLUE, ORANGE, "#009E73", VERMILLION, "#56B4E9", "#CC79A7", "#F0E442",
            "#000000", "#999999");

    private Palette() {
    }

    /** @return the colour of the series at the index, repeating after nine */
    public static String series(int index) {
        return SERIES.get(index % SERIES.size());
    }
}

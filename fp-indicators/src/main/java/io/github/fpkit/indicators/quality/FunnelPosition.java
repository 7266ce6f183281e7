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
package io.github.fpkit.indicators.quality;

import java.util.Locale;

/**
 * Where a point of a funnel plot lies: within the 95 % limits, between the 95 % and 99.8 %
 * limits (an alert) or beyond the 99.8 % limits (an alarm), above or below. A point on a limit
 * is within it.
 */
public enum FunnelPosition {
    /** Below the 99.8 % lower limit. */
    BELOW_998("低于99.8%下限", "below the 99.8% limit"),
    /** Below the 95 % lower limit, within the 99.8 % limits. */
    BELOW_95("低于95%下限", "below the 95% limit"),
    /** Within the 95 % limits. */
    INSIDE("在95%界限内", "inside the 95% limits"),
    /** Above the 95 % upper limit, within the 99.8 % limits. */
    ABOVE_95("高于95%上限", "above the 95% limit"),
    /** Above the 99.8 % upper limit. */
    ABOVE_998("高于99.8%上限", "above the 99.8% limit");

    private final String chineseName;
    private final String englishName;

    FunnelPosition(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /** @return the lowercase code, for example {@code "above_95"} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the Chinese name, for example {@code "高于95%上限"} */
    public String chineseName() {
        return chineseName;
    }

    /** @return the English name, for example {@code "above the 95% limit"} */
    public String englishName() {
        return englishName;
    }

    /** @return true beyond the 99.8 % limits, above or below */
    public boolean isBeyond998() {
        return this == BELOW_998 || this == ABOVE_998;
    }

    /** @return the code */
    @Override
    public String toString() {
        return code();
    }
}

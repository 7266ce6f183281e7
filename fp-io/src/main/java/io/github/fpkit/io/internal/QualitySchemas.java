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
package io.github.fpkit.io.internal;

import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.quality.IndicatorBound;
import io.github.fpkit.model.AreaCode;
import java.util.OptionalDouble;

/**
 * The table of a min–max bounds file (docs/QUALITY.md), one {@link IndicatorBound} a row or
 * object: {@code indicator} (an indicator code, required), {@code area} (a 12-digit code, for
 * that area only), {@code min} and {@code max} (in the indicator's unit; at least one). Its CSV
 * headers may be Chinese: 指标代码, 区划代码, 下限, 上限.
 */
public final class QualitySchemas {
    /** Min–max bounds of indicators. */
    public static final Schema<IndicatorBound, BoundBuilder> BOUNDS = Schema.define("bounds", IndicatorBound.class,
                    BoundBuilder::new, BoundBuilder::build)
            .required("indicator", CellTypes.INDICATOR, IndicatorBound::indicator, BoundBuilder::indicator, "指标代码", "指标")
            .optional("area", CellTypes.AREA_CODE, b -> b.area().orElse(null), BoundBuilder::area, "区划代码")
            .optional("min", CellTypes.DECIMAL, b -> box(b.min()), BoundBuilder::min, "下限", "最小值")
            .optional("max", CellTypes.DECIMAL, b -> box(b.max()), BoundBuilder::max, "上限", "最大值")
            .build();

    private QualitySchemas() {
    }

    private static Double box(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    /** Collects one bound's cells; {@link #build()} checks them as {@link IndicatorBound#of} does. */
    public static final class BoundBuilder {
        private Indicator indicator;
        private AreaCode area;
        private OptionalDouble min = OptionalDouble.empty();
        private OptionalDouble max = OptionalDouble.empty();

        void indicator(Indicator value) {
            this.indicator = value;
        }

        void area(AreaCode value) {
            this.area = value;
        }

        void min(Double value) {
            this.min = OptionalDouble.of(value);
        }

        void max(Double value) {
            this.max = OptionalDouble.of(value);
        }

        IndicatorBound build() {
            return area == null ? IndicatorBound.of(indicator, min, max) : IndicatorBound.of(indicator, area, min, max);
        }
    }
}

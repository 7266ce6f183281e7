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

import io.github.fpkit.indicators.Formula;
import io.github.fpkit.indicators.Indicator;
import io.github.fpkit.indicators.Unit;
import java.util.Locale;
import java.util.Optional;

/**
 * How the count of a rate varies by chance, which decides how a rate is smoothed and where
 * its funnel limits lie: events over an exposure (a Poisson count: births per population,
 * per woman-year) or a part of a whole (a binomial count: users among married WRA).
 */
public enum SmoothingModel {
    /** Events over an exposure: CBR, CDR, GFR and the ASFRs. */
    POISSON,
    /** A part of a whole: the shares (unit %) and, through the share of boys among births, SRB. */
    BINOMIAL;

    /**
     * The model of an indicator, if its rate has one: the shares (unit %, a ratio of a part to
     * its whole) are binomial, as is SRB through the share of boys; the rates per population
     * and per woman-year are Poisson, except NIR, whose numerator (births − deaths) is no count
     * of events. Counts and TFR (a sum of rates) have none.
     *
     * @param indicator an indicator, not null
     * @return its model, if it has one
     */
    public static Optional<SmoothingModel> of(Indicator indicator) {
        Formula.Kind kind = indicator.formula().kind();
        if (indicator == Indicator.SRB || kind == Formula.Kind.RATIO && indicator.unit() == Unit.PERCENT) {
            return Optional.of(BINOMIAL);
        }
        if (indicator != Indicator.NIR && (kind == Formula.Kind.PER_POPULATION || kind == Formula.Kind.PER_WOMAN_YEAR)) {
            return Optional.of(POISSON);
        }
        return Optional.empty();
    }

    /** @return the lowercase code, {@code "poisson"} or {@code "binomial"} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the code */
    @Override
    public String toString() {
        return code();
    }
}

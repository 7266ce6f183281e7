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
/**
 * fpkit indicators: the indicator catalogue of family-planning statistics, rates kept as
 * numerator and denominator with confidence intervals, mergeable accumulators rolled up
 * village → township → county, and validation rules over register records.
 */
module io.github.fpkit.indicators {
    requires transitive io.github.fpkit.model;
    requires static org.immutables.value;
    requires org.apache.commons.statistics.distribution;

    exports io.github.fpkit.indicators;
    exports io.github.fpkit.indicators.validation;
    exports io.github.fpkit.indicators.report;
    exports io.github.fpkit.indicators.quality;
    exports io.github.fpkit.indicators.duelist;
    exports io.github.fpkit.indicators.policy;
}

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

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;

class PregnancyOutcomeTest implements CodedEnumContract<PregnancyOutcome> {
    @Override
    public Class<PregnancyOutcome> type() {
        return PregnancyOutcome.class;
    }

    @Override
    public PregnancyOutcome parse(CharSequence text) {
        return PregnancyOutcome.parse(text);
    }

    @Override
    public List<String> labels(PregnancyOutcome constant) {
        return constant.labels();
    }

    @Override
    public String field() {
        return "outcome";
    }

    @Override
    public Map<String, PregnancyOutcome> formatSpellings() {
        return Map.ofEntries(
                entry("ongoing", PregnancyOutcome.ONGOING), entry("现孕", PregnancyOutcome.ONGOING),
                entry("live_birth", PregnancyOutcome.LIVE_BIRTH), entry("活产", PregnancyOutcome.LIVE_BIRTH),
                entry("stillbirth", PregnancyOutcome.STILLBIRTH), entry("死产", PregnancyOutcome.STILLBIRTH),
                entry("induced_abortion", PregnancyOutcome.INDUCED_ABORTION), entry("人流", PregnancyOutcome.INDUCED_ABORTION),
                entry("mid_term_induction", PregnancyOutcome.MID_TERM_INDUCTION), entry("中引", PregnancyOutcome.MID_TERM_INDUCTION),
                entry("miscarriage", PregnancyOutcome.MISCARRIAGE), entry("自然流产", PregnancyOutcome.MISCARRIAGE));
    }
}

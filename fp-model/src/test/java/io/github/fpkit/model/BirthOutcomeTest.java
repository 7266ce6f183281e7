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

class BirthOutcomeTest implements CodedEnumContract<BirthOutcome> {
    @Override
    public Class<BirthOutcome> type() {
        return BirthOutcome.class;
    }

    @Override
    public BirthOutcome parse(CharSequence text) {
        return BirthOutcome.parse(text);
    }

    @Override
    public List<String> labels(BirthOutcome constant) {
        return constant.labels();
    }

    @Override
    public String field() {
        return "outcome";
    }

    @Override
    public Map<String, BirthOutcome> formatSpellings() {
        return Map.ofEntries(
                entry("live", BirthOutcome.LIVE), entry("活产", BirthOutcome.LIVE),
                entry("stillbirth", BirthOutcome.STILLBIRTH), entry("死产", BirthOutcome.STILLBIRTH));
    }
}

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

class PolicyStatusTest implements CodedEnumContract<PolicyStatus> {
    @Override
    public Class<PolicyStatus> type() {
        return PolicyStatus.class;
    }

    @Override
    public PolicyStatus parse(CharSequence text) {
        return PolicyStatus.parse(text);
    }

    @Override
    public List<String> labels(PolicyStatus constant) {
        return constant.labels();
    }

    @Override
    public String field() {
        return "policy";
    }

    @Override
    public Map<String, PolicyStatus> formatSpellings() {
        return Map.ofEntries(
                entry("in", PolicyStatus.IN), entry("政策内", PolicyStatus.IN), entry("符合政策", PolicyStatus.IN),
                entry("out", PolicyStatus.OUT), entry("政策外", PolicyStatus.OUT), entry("不符合政策", PolicyStatus.OUT),
                entry("unknown", PolicyStatus.UNKNOWN));
    }
}

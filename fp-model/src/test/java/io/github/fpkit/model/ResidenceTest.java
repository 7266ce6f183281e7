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

class ResidenceTest implements CodedEnumContract<Residence> {
    @Override
    public Class<Residence> type() {
        return Residence.class;
    }

    @Override
    public Residence parse(CharSequence text) {
        return Residence.parse(text);
    }

    @Override
    public List<String> labels(Residence constant) {
        return constant.labels();
    }

    @Override
    public String field() {
        return "residence";
    }

    @Override
    public Map<String, Residence> formatSpellings() {
        return Map.ofEntries(
                entry("resident", Residence.RESIDENT), entry("常住", Residence.RESIDENT),
                entry("inflow", Residence.INFLOW), entry("流入", Residence.INFLOW),
                entry("outflow_in_province", Residence.OUTFLOW_IN_PROVINCE), entry("省内流出", Residence.OUTFLOW_IN_PROVINCE),
                entry("outflow_out_of_province", Residence.OUTFLOW_OUT_OF_PROVINCE),
                entry("省外流出", Residence.OUTFLOW_OUT_OF_PROVINCE));
    }
}

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
package io.github.fpkit.indicators.policy;

import io.github.fpkit.model.PolicyStatus;
import java.io.Serializable;
import java.util.Objects;
import java.util.function.Function;

/**
 * The rule of {@link BirthPolicyRule#of}: a name and the caller's function; serializable
 * when the function is (serializing it otherwise fails with
 * {@link java.io.NotSerializableException}).
 */
final class FunctionRule implements BirthPolicyRule, Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final Function<BirthCircumstances, PolicyStatus> judge;

    FunctionRule(String name, Function<BirthCircumstances, PolicyStatus> judge) {
        this.name = name;
        this.judge = judge;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public PolicyStatus judge(BirthCircumstances birth) {
        return Objects.requireNonNull(judge.apply(Objects.requireNonNull(birth, "birth")),
                () -> "the rule '" + name + "' gave no status for a " + birth);
    }

    @Override
    public String toString() {
        return name;
    }
}

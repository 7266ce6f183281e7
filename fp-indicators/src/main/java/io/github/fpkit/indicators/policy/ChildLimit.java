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
import java.util.Optional;

/** The rule of {@link BirthPolicyRule#children} and {@link BirthPolicyRule#childrenWithPermit}; serializable. */
final class ChildLimit implements BirthPolicyRule, Serializable {
    private static final long serialVersionUID = 1L;
    private final String name;
    private final int children;
    private final int withPermit;

    ChildLimit(String name, int children, int withPermit) {
        this.name = requireName(name);
        if (children < 1) {
            throw new IllegalArgumentException("children must be 1 or more: " + children);
        }
        if (withPermit < children) {
            throw new IllegalArgumentException("withPermit must be children (" + children + ") or more: " + withPermit);
        }
        this.children = children;
        this.withPermit = withPermit;
    }

    static String requireName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a rule's name must not be blank");
        }
        return name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public PolicyStatus judge(BirthCircumstances birth) {
        int order = birth.order();
        boolean needsPermit = order > children;
        Optional<Boolean> permit = birth.permit();
        if (order > withPermit || birth.marriage() == MarriageAtBirth.NOT_MARRIED
                || needsPermit && permit.equals(Optional.of(Boolean.FALSE))) {
            return PolicyStatus.OUT;
        }
        if (birth.marriage() == MarriageAtBirth.UNKNOWN || needsPermit && permit.isEmpty()) {
            return PolicyStatus.UNKNOWN;
        }
        return PolicyStatus.IN;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ChildLimit)) {
            return false;
        }
        ChildLimit other = (ChildLimit) o;
        return name.equals(other.name) && children == other.children && withPermit == other.withPermit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, children, withPermit);
    }

    @Override
    public String toString() {
        return name;
    }

    /** A rule read from a stream is checked as one made by the factories. */
    private Object readResolve() {
        return new ChildLimit(name, children, withPermit);
    }
}

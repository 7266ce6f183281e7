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
package io.github.fpkit.indicators;

import java.io.Serializable;
import java.util.Objects;

/**
 * The live-born children of a household's women up to the reference date, in all and
 * sons: what the women of a household (who may be computed apart) pass to the household's
 * own contribution ({@link Contributions#ofHousehold}). Mergeable: the children of a
 * household are the {@link #merge merge} of its women's. Immutable and thread-safe.
 */
public final class HouseholdChildren implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String householdId;
    private final int children;
    private final int sons;

    private HouseholdChildren(String householdId, int children, int sons) {
        this.householdId = householdId;
        this.children = children;
        this.sons = sons;
    }

    /**
     * @param householdId the household's id, not null
     * @param children live-born children, 0 or more
     * @param sons of them, the sons, 0 to {@code children}
     * @return the children
     * @throws IllegalArgumentException if a number is out of range
     */
    public static HouseholdChildren of(String householdId, int children, int sons) {
        Objects.requireNonNull(householdId, "householdId");
        if (children < 0 || sons < 0 || sons > children) {
            throw new IllegalArgumentException("household " + householdId + ": need 0 ≤ sons (" + sons + ") ≤ children (" + children + ")");
        }
        return new HouseholdChildren(householdId, children, sons);
    }

    /** @return the household's id */
    public String householdId() {
        return householdId;
    }

    /** @return the live-born children up to the reference date */
    public int children() {
        return children;
    }

    /** @return the sons among them */
    public int sons() {
        return sons;
    }

    /**
     * @param other the children of other women of the same household, not null
     * @return the children of both
     * @throws IllegalArgumentException if the households differ
     */
    public HouseholdChildren merge(HouseholdChildren other) {
        if (!other.householdId.equals(householdId)) {
            throw new IllegalArgumentException("cannot merge the children of household " + other.householdId + " into " + householdId);
        }
        return new HouseholdChildren(householdId, Math.addExact(children, other.children), Math.addExact(sons, other.sons));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof HouseholdChildren)) {
            return false;
        }
        HouseholdChildren other = (HouseholdChildren) o;
        return householdId.equals(other.householdId) && children == other.children && sons == other.sons;
    }

    @Override
    public int hashCode() {
        return Objects.hash(householdId, children, sons);
    }

    @Override
    public String toString() {
        return "HouseholdChildren{" + householdId + ": " + children + " children, " + sons + " sons}";
    }
}

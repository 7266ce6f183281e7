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

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A distribution of contraceptive commodities ({@code distributions.csv}, 药具发放): pill
 * cycles, condoms or injectable doses given out on a date, to a woman of the register or
 * in an area (a village's free-distribution point, a pharmacy). The quantity is in the
 * method's unit: cycles of oral pills, condoms (pieces), doses of an injectable.
 *
 * <pre>{@code
 * Distribution d = Distribution.builder().womanId("W1").date(LocalDate.of(2009, 5, 5))
 *     .method(ContraceptiveMethod.ORAL_PILL).quantity(3).build();
 * Distribution atVillage = Distribution.builder().areaCode(AreaCode.of("990101001001"))
 *     .date(LocalDate.of(2009, 5, 5)).method(ContraceptiveMethod.CONDOM).quantity(600).build();
 * }</pre>
 *
 * <p>A row has no identity: two equal distributions are two distributions. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Distribution {
    /** The methods that are distributed as commodities: oral pills, condoms and injectables. */
    public static final Set<ContraceptiveMethod> METHODS = Collections.unmodifiableSet(
            EnumSet.of(ContraceptiveMethod.INJECTABLE, ContraceptiveMethod.ORAL_PILL, ContraceptiveMethod.CONDOM));

    Distribution() {
    }

    /**
     * @return the woman's {@link Woman#id()} ({@code woman_id}): optional, but a distribution
     *         needs a woman or an area; not blank, without surrounding whitespace. A
     *         distribution with a woman belongs to her area.
     */
    public abstract Optional<String> womanId();

    /**
     * @return the area ({@code area_code}): optional, but a distribution needs a woman or an
     *         area. A distribution without a woman belongs to this area, as a death does.
     */
    public abstract Optional<AreaCode> areaCode();

    /** @return the date of the distribution ({@code date}): required */
    public abstract LocalDate date();

    /** @return the method ({@code method}): required; one of {@link #METHODS} */
    public abstract ContraceptiveMethod method();

    /**
     * @return how many units ({@code quantity}): required; 1 or more. Cycles of oral pills,
     *         condoms, doses of an injectable.
     */
    public abstract int quantity();

    /**
     * @return what names this distribution in findings, having no id of its own: the
     *         woman's id, else the area's code
     */
    public String recordId() {
        return womanId().orElseGet(() -> areaCode().orElseThrow().toString());
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Distribution}. Each setter's rule is on the accessor of the same name;
     * {@code build()} throws {@link InvalidValueException} naming the field that breaks one
     * (a {@link MissingFieldException} for a required field not set).
     */
    public static final class Builder extends ImmutableDistribution.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        if (womanId().isEmpty() && areaCode().isEmpty()) {
            throw new InvalidValueException("woman_id", "", "a distribution needs a woman_id or an area_code");
        }
        womanId().ifPresent(id -> Records.requireId("woman_id", id));
        if (!METHODS.contains(method())) {
            throw new InvalidValueException("method", method().code(), "is not distributed: allowed are "
                    + METHODS.stream().map(m -> m.code() + " " + m.chineseName()).collect(Collectors.joining(", ")));
        }
        if (quantity() < 1) {
            throw new InvalidValueException("quantity", Integer.toString(quantity()), "must be 1 or more");
        }
    }
}

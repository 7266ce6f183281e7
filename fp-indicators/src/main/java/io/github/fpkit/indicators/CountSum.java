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

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * A signed sum of {@link Count}s and of other sums: the numerator or the denominator of a
 * {@link Formula}, for example all users (Σ {@code USERS_<METHOD>}), or all users minus
 * the users of a traditional method. A sum may carry a name, by which it reads in
 * formulas and by which an aggregate report can state it as one figure (a report states
 * "users" without always stating users by method).
 *
 * <pre>{@code
 * CountSum users = CountSum.named("USERS", Count.USERS_IUD, Count.USERS_CONDOM);
 * CountSum modern = CountSum.of(users).minus(Count.USERS_CONDOM);  // USERS − USERS_CONDOM
 * modern.evaluate(tally::count);                                    // a long
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CountSum {
    private final String name;
    private final List<Term> terms;

    private CountSum(String name, List<Term> terms) {
        this.name = name;
        this.terms = terms;
    }

    /**
     * @param counts the counts added, not null, at least one
     * @return their sum, unnamed
     * @throws IllegalArgumentException if no count is given
     */
    public static CountSum of(Count... counts) {
        return named(null, counts);
    }

    /**
     * @param name the sum's name, for example {@code "USERS"}; null for none
     * @param counts the counts added, not null, at least one
     * @return their sum
     * @throws IllegalArgumentException if no count is given
     */
    public static CountSum named(String name, Count... counts) {
        if (counts.length == 0) {
            throw new IllegalArgumentException("a sum needs at least one count");
        }
        List<Term> terms = new ArrayList<>();
        for (Count c : counts) {
            terms.add(new Term(1, Objects.requireNonNull(c, "count"), null));
        }
        return new CountSum(name, Collections.unmodifiableList(terms));
    }

    /**
     * @param sum a sum, not null
     * @return an unnamed sum whose one term is {@code sum}, to add or subtract more to
     */
    public static CountSum of(CountSum sum) {
        return new CountSum(null, List.of(new Term(1, null, Objects.requireNonNull(sum, "sum"))));
    }

    /**
     * @param count a count, not null
     * @return this sum plus the count, unnamed
     */
    public CountSum plus(Count count) {
        return with(new Term(1, Objects.requireNonNull(count, "count"), null));
    }

    /**
     * @param count a count, not null
     * @return this sum minus the count, unnamed
     */
    public CountSum minus(Count count) {
        return with(new Term(-1, Objects.requireNonNull(count, "count"), null));
    }

    private CountSum with(Term term) {
        List<Term> more = new ArrayList<>(terms);
        more.add(term);
        return new CountSum(null, Collections.unmodifiableList(more));
    }

    /** @return the name, if the sum has one */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return the terms, in the order they were added; unmodifiable */
    public List<Term> terms() {
        return terms;
    }

    /** @return every count of the sum and of its sums; unmodifiable */
    public Set<Count> counts() {
        Set<Count> counts = EnumSet.noneOf(Count.class);
        for (Term t : terms) {
            t.count().ifPresentOrElse(counts::add, () -> counts.addAll(t.sum().orElseThrow().counts()));
        }
        return Collections.unmodifiableSet(counts);
    }

    /**
     * @param values the value of each count, not null
     * @return the sum of the added terms minus the subtracted ones
     * @throws ArithmeticException if the sum overflows a long
     */
    public long evaluate(ToLongFunction<Count> values) {
        long sum = 0;
        for (Term t : terms) {
            long v = t.count != null ? values.applyAsLong(t.count) : t.sum.evaluate(values);
            sum = t.sign > 0 ? Math.addExact(sum, v) : Math.subtractExact(sum, v);
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CountSum)) {
            return false;
        }
        CountSum other = (CountSum) o;
        return Objects.equals(name, other.name) && terms.equals(other.terms);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, terms);
    }

    /** @return the name, or the terms, for example {@code "USERS − USERS_TRADITIONAL"} */
    @Override
    public String toString() {
        if (name != null) {
            return name;
        }
        StringBuilder s = new StringBuilder();
        for (Term t : terms) {
            s.append(s.length() == 0 ? (t.sign < 0 ? "−" : "") : (t.sign < 0 ? " − " : " + "));
            s.append(t.count != null ? t.count.name() : t.sum.toString());
        }
        return s.toString();
    }

    /** One term of a sum: a count or a sum, added or subtracted. Immutable. */
    public static final class Term {
        private final int sign;
        private final Count count;
        private final CountSum sum;

        private Term(int sign, Count count, CountSum sum) {
            this.sign = sign;
            this.count = count;
            this.sum = sum;
        }

        /** @return +1 if the term is added, −1 if subtracted */
        public int sign() {
            return sign;
        }

        /** @return the count, if the term is a count */
        public Optional<Count> count() {
            return Optional.ofNullable(count);
        }

        /** @return the sum, if the term is a sum */
        public Optional<CountSum> sum() {
            return Optional.ofNullable(sum);
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Term)) {
                return false;
            }
            Term other = (Term) o;
            return sign == other.sign && count == other.count && Objects.equals(sum, other.sum);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sign, count, sum);
        }

        @Override
        public String toString() {
            return (sign < 0 ? "−" : "+") + (count != null ? count.name() : sum.toString());
        }
    }
}

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

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.Woman;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A date-versioned set of birth-policy rules: a sequence of {@link PolicyRegime regimes},
 * each in force from its start to the next one's, each with a rule for every province and
 * the provinces' own rules. A birth is judged by the rule in force on its own date in its
 * mother's province (the first two digits of her area code), so that a period straddling a
 * change (2016SY, 2021SY) judges each birth by its own day.
 *
 * <p>{@link #china()}, the default, has three regimes:
 * <ul>
 *   <li>before {@value #TWO_CHILD_START_TEXT}: the provincial one-child rules, each province's
 *     own where the user supplies it, else "one child; a second with a birth permit" — the
 *     national rule the provinces' regulations elaborate (Population and Family Planning Law,
 *     2002, article 18: one child per couple; a second where the conditions of laws and
 *     regulations are met, on approval, which the birth permit certifies);</li>
 *   <li>from {@value #TWO_CHILD_START_TEXT} (the amended law in force): two children;</li>
 *   <li>from {@value #THREE_CHILD_START_TEXT} (the decision to allow a third; the law was
 *     amended on 2021-08-20): three children.</li>
 * </ul>
 * Every rule is over births of married mothers: see {@link BirthPolicyRule} for how a rule
 * of a limit treats an unknown marriage or permit, and {@link MarriageAtBirth} for what the
 * register tells of the marriage.
 *
 * <pre>{@code
 * PolicyRules rules = PolicyRules.china().toBuilder()
 *     .province("65", BirthPolicyRule.childrenWithPermit("Xinjiang: two; a third with a permit", 2, 3))
 *     .build();
 * PolicyJudgement j = rules.judge(birth, mother);
 * IndicatorCalculator.builder().policyRules(rules).fillUnknownPolicy(true).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; serializable if its rules are (those of
 * {@link BirthPolicyRule}'s factories are), as fp-spark needs to ship the rules to its
 * executors: it is written as its regimes' starts and rules, and read back through its builder.
 */
public final class PolicyRules implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The day the two-child rule came into force, as text. */
    public static final String TWO_CHILD_START_TEXT = "2016-01-01";
    /** The day the three-child rule was decided, as text. */
    public static final String THREE_CHILD_START_TEXT = "2021-05-31";
    /** The day the two-child rule came into force: the Population and Family Planning Law as amended on 2015-12-27. */
    public static final LocalDate TWO_CHILD_START = LocalDate.parse(TWO_CHILD_START_TEXT);
    /** The day the three-child rule was decided (the law was amended on 2021-08-20). */
    public static final LocalDate THREE_CHILD_START = LocalDate.parse(THREE_CHILD_START_TEXT);

    private static final PolicyRules CHINA = new Builder(
            BirthPolicyRule.childrenWithPermit("one child; a second with a birth permit", 1, 2))
            .regime(TWO_CHILD_START, BirthPolicyRule.children("two children", 2))
            .regime(THREE_CHILD_START, BirthPolicyRule.children("three children", 3))
            .build();

    /** In order of start, the first without one. */
    private final List<PolicyRegime> regimes;

    private PolicyRules(List<PolicyRegime> regimes) {
        this.regimes = List.copyOf(regimes);
    }

    /** @return China's rules, as this class's description gives them */
    public static PolicyRules china() {
        return CHINA;
    }

    /**
     * @param rule the rule in force before every dated regime, for every province, not null
     * @return a builder of rules that has only that regime
     */
    public static Builder builder(BirthPolicyRule rule) {
        return new Builder(rule);
    }

    /** @return a builder holding these rules, to replace a province's rule or a period's */
    public Builder toBuilder() {
        Builder b = new Builder(regimes.get(0).rule());
        for (PolicyRegime r : regimes) {
            Optional<LocalDate> start = r.start();
            b.starts.put(start.orElse(LocalDate.MIN), new Entry(r.rule(), new HashMap<>(r.provinceRules())));
        }
        return b;
    }

    /** @return the regimes in order of start, the first without one; unmodifiable */
    public List<PolicyRegime> regimes() {
        return regimes;
    }

    /**
     * @param date a date, not null
     * @return the regime in force on that date
     */
    public PolicyRegime regimeOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (int i = regimes.size() - 1; i > 0; i--) {
            if (!date.isBefore(regimes.get(i).start().orElseThrow())) {
                return regimes.get(i);
            }
        }
        return regimes.get(0);
    }

    /**
     * @param date a birth's date, not null
     * @param area the mother's area, not null; its first two digits name her province
     * @return the rule in force on that date in that province
     */
    public BirthPolicyRule ruleFor(LocalDate date, AreaCode area) {
        return regimeOn(date).ruleFor(province(Objects.requireNonNull(area, "area")));
    }

    /**
     * @param birth the circumstances of a live birth, not null
     * @param area the mother's area, not null
     * @return the birth's status under the rule in force on its date in her province, with that rule
     */
    public PolicyJudgement judge(BirthCircumstances birth, AreaCode area) {
        Objects.requireNonNull(birth, "birth");
        BirthPolicyRule rule = ruleFor(birth.birthDate(), area);
        return PolicyJudgement.of(Objects.requireNonNull(rule.judge(birth), () -> "the rule '" + rule.name() + "' gave no status"),
                rule);
    }

    /**
     * Judges a live birth of the register by its date, its order, its permit, and its
     * mother's marital status, marriage date and area.
     *
     * @param birth a live birth, not null
     * @param mother its mother, not null
     * @return its status under the rule in force on its date in her province, with that rule
     * @throws IllegalArgumentException if the birth is not live, or the woman is not its mother
     */
    public PolicyJudgement judge(Birth birth, Woman mother) {
        Objects.requireNonNull(birth, "birth");
        Objects.requireNonNull(mother, "mother");
        if (!birth.isLive()) {
            throw new IllegalArgumentException("birth " + birth.id() + " is not live: only live births are judged");
        }
        if (!birth.motherId().equals(mother.id())) {
            throw new IllegalArgumentException("birth " + birth.id() + " is of mother " + birth.motherId() + ", not " + mother.id());
        }
        MarriageAtBirth marriage = MarriageAtBirth.of(mother.maritalStatus(), mother.marriageDate(), birth.birthDate());
        return judge(BirthCircumstances.of(birth.birthDate(), birth.birthOrder().getAsInt(), marriage, birth.birthPermit()),
                mother.areaCode());
    }

    /**
     * @param area an area code, not null
     * @return its province: the first two digits of its 12
     */
    public static String province(AreaCode area) {
        return area.toString().substring(0, 2);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolicyRules && rulesOf(regimes).equals(rulesOf(((PolicyRules) o).regimes));
    }

    private static List<Object> rulesOf(List<PolicyRegime> regimes) {
        List<Object> rules = new ArrayList<>();
        for (PolicyRegime r : regimes) {
            rules.add(r.start());
            rules.add(r.rule());
            rules.add(r.provinceRules());
        }
        return rules;
    }

    @Override
    public int hashCode() {
        return rulesOf(regimes).hashCode();
    }

    /** @return the regimes, one a line */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (PolicyRegime r : regimes) {
            s.append(r).append('\n');
        }
        return s.toString();
    }

    private Object writeReplace() {
        return new SerialForm(this);
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("PolicyRules is read through its serial form");
    }

    /** What a serialized {@link PolicyRules} holds: per regime, its start (null for the first), its rule and its provinces' rules. */
    private static final class SerialForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ArrayList<LocalDate> starts = new ArrayList<>();
        private final ArrayList<BirthPolicyRule> rules = new ArrayList<>();
        private final ArrayList<HashMap<String, BirthPolicyRule>> provinces = new ArrayList<>();

        SerialForm(PolicyRules r) {
            for (PolicyRegime regime : r.regimes) {
                starts.add(regime.start().orElse(null));
                rules.add(regime.rule());
                provinces.add(new HashMap<>(regime.provinceRules()));
            }
        }

        private Object readResolve() {
            // Through the builder's checks, as rules made in code: a stream is not trusted.
            Builder b = new Builder(rules.get(0));
            for (int i = 0; i < starts.size(); i++) {
                LocalDate start = i == 0 ? LocalDate.MIN : starts.get(i);
                if (i > 0) {
                    b.regime(start, rules.get(i));
                }
                for (Map.Entry<String, BirthPolicyRule> e : provinces.get(i).entrySet()) {
                    b.province(start, e.getKey(), e.getValue());
                }
            }
            return b.build();
        }
    }

    /** A regime's rules while the builder holds them. */
    private static final class Entry {
        private BirthPolicyRule rule;
        private final Map<String, BirthPolicyRule> provinces;

        Entry(BirthPolicyRule rule, Map<String, BirthPolicyRule> provinces) {
            this.rule = rule;
            this.provinces = provinces;
        }
    }

    /** Builds {@link PolicyRules}: replaces or adds a period's rule, or a province's rule in a period; not thread-safe. */
    public static final class Builder {
        /** By start, the first regime's start being {@link LocalDate#MIN}. */
        private final TreeMap<LocalDate, Entry> starts = new TreeMap<>();

        private Builder(BirthPolicyRule rule) {
            starts.put(LocalDate.MIN, new Entry(Objects.requireNonNull(rule, "rule"), new HashMap<>()));
        }

        /**
         * Replaces the rule of the first regime, in force before every dated one.
         *
         * @param rule its rule for every province without its own, not null
         * @return this builder
         */
        public Builder initialRule(BirthPolicyRule rule) {
            starts.get(LocalDate.MIN).rule = Objects.requireNonNull(rule, "rule");
            return this;
        }

        /**
         * Replaces the rule of the regime that starts on a day, keeping its provinces' own
         * rules, or adds a regime from that day to the next one's start, with no province's own rule.
         *
         * @param start the regime's first day, not null
         * @param rule its rule for every province without its own, not null
         * @return this builder
         */
        public Builder regime(LocalDate start, BirthPolicyRule rule) {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(rule, "rule");
            if (start.equals(LocalDate.MIN)) {
                throw new IllegalArgumentException("a regime's start must be a day of the calendar; use initialRule for the first");
            }
            Entry e = starts.get(start);
            if (e == null) {
                starts.put(start, new Entry(rule, new HashMap<>()));
            } else {
                e.rule = rule;
            }
            return this;
        }

        /**
         * Gives a province its own rule in the first regime (China's provincial one-child
         * rules, before {@value PolicyRules#TWO_CHILD_START_TEXT}).
         *
         * @param province a two-digit province code, the first two digits of its area codes ({@code "44"}), not null
         * @param rule its rule, not null
         * @return this builder
         * @throws IllegalArgumentException if the province is not two digits, the first not 0
         */
        public Builder province(String province, BirthPolicyRule rule) {
            starts.get(LocalDate.MIN).provinces.put(requireProvince(province), Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Gives a province its own rule in the regime in force on a day.
         *
         * @param inForceOn a day of the regime, not null
         * @param province a two-digit province code ({@code "44"}), not null
         * @param rule its rule, not null
         * @return this builder
         * @throws IllegalArgumentException if the province is not two digits, the first not 0
         */
        public Builder province(LocalDate inForceOn, String province, BirthPolicyRule rule) {
            Objects.requireNonNull(inForceOn, "inForceOn");
            starts.floorEntry(inForceOn).getValue().provinces.put(requireProvince(province), Objects.requireNonNull(rule, "rule"));
            return this;
        }

        private static String requireProvince(String province) {
            Objects.requireNonNull(province, "province");
            if (province.length() != 2 || province.charAt(0) < '1' || province.charAt(0) > '9'
                    || province.charAt(1) < '0' || province.charAt(1) > '9') {
                throw new IllegalArgumentException("province must be the two digits that start its area codes (11 to 99): '"
                        + province + "'");
            }
            return province;
        }

        /** @return the rules */
        public PolicyRules build() {
            List<PolicyRegime> regimes = new ArrayList<>();
            List<Map.Entry<LocalDate, Entry>> entries = new ArrayList<>(starts.entrySet());
            for (int i = 0; i < entries.size(); i++) {
                LocalDate start = entries.get(i).getKey();
                Optional<LocalDate> end = i + 1 < entries.size() ? Optional.of(entries.get(i + 1).getKey()) : Optional.empty();
                Entry e = entries.get(i).getValue();
                regimes.add(new PolicyRegime(start.equals(LocalDate.MIN) ? Optional.empty() : Optional.of(start), end, e.rule,
                        Collections.unmodifiableMap(new HashMap<>(e.provinces))));
            }
            return new PolicyRules(regimes);
        }
    }
}

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
package io.github.fpkit.synthetic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.model.Age;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.ContraceptiveMethod;
import io.github.fpkit.model.HealthCheckKind;
import io.github.fpkit.model.PolicyStatus;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.Sex;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Register;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Plausibility of the generated register on 20,000 women, against the figures of rural
 * China around 2009 (wide bounds: the point is a realistic register, not a forecast).
 */
class DistributionTest {
    private static Register register;
    private static ReportingPeriod year;
    private static LocalDate reference;
    private static List<Birth> birthsInYear;
    private static List<Woman> marriedWra;

    @BeforeAll
    static void generate() {
        GeneratorSettings settings = GeneratorSettings.builder().women(20_000).seed(2009).build();
        register = RegisterGenerator.of(settings).toRegister();
        year = settings.period();
        reference = settings.referenceDate();
        birthsInYear = register.births().filter(b -> b.isLive() && year.contains(b.birthDate()))
                .collect(Collectors.toList());
        marriedWra = register.women().filter(w -> w.ageOn(reference) >= 15 && w.ageOn(reference) <= 49)
                .filter(Woman::isMarried).collect(Collectors.toList());
    }

    private static void assertBetween(double low, double high, double actual, String what) {
        assertTrue(actual >= low && actual <= high, what + " = " + actual + ", expected " + low + " to " + high);
    }

    @Test
    void test_sexRatioAtBirth() {
        List<Birth> live = register.births().filter(Birth::isLive).collect(Collectors.toList());
        long boys = live.stream().filter(b -> b.sex() == Sex.MALE).count();
        assertBetween(105, 125, 100.0 * boys / (live.size() - boys), "sex ratio at birth");
    }

    /** The method first in precedence among her episodes in use on the reference date, as the catalogue chooses it. */
    private Optional<ContraceptiveMethod> methodInUse(Woman w) {
        return register.episodesOf(w.id()).stream().filter(e -> e.isInUseOn(reference)).map(ContraceptiveEpisode::method)
                .min(Comparator.naturalOrder());
    }

    @Test
    void test_contraceptivePrevalence() {
        long users = marriedWra.stream().filter(w -> methodInUse(w).isPresent()).count();
        assertBetween(0.6, 0.95, (double) users / marriedWra.size(), "CPR");
    }

    @Test
    void test_longActingShare() {
        List<ContraceptiveMethod> methods = marriedWra.stream().map(w -> methodInUse(w))
                .flatMap(Optional::stream).collect(Collectors.toList());
        long longActing = methods.stream().filter(ContraceptiveMethod::isLongActing).count();
        assertTrue((double) longActing / methods.size() > 0.5, "long-acting share " + longActing + "/" + methods.size());
        assertTrue(methods.containsAll(Set.of(ContraceptiveMethod.values())), "every method in use somewhere");
    }

    @Test
    void test_mothersAgesInYear() {
        assertTrue(birthsInYear.size() > 300, "births in the year: " + birthsInYear.size());
        for (Birth b : birthsInYear) {
            int age = Age.completedYears(register.woman(b.motherId()).orElseThrow().birthDate(), b.birthDate());
            assertBetween(15, 49, age, "mother's age");
        }
    }

    @Test
    void test_crudeBirthAndDeathRates() {
        double population = register.populationCounts().mapToDouble(PopulationCount::averagePopulationOrDerived).sum();
        long deaths = register.deaths().filter(d -> year.contains(d.deathDate())).count();
        assertBetween(7, 15, 1000.0 * birthsInYear.size() / population, "CBR");
        assertBetween(4, 8, 1000.0 * deaths / population, "CDR");
        assertBetween(2.8, 3.8, population / 20_000, "people per registered woman");
    }

    @Test
    void test_birthsMostlyWithinPolicyAndFewHigherOrder() {
        long in = birthsInYear.stream().filter(b -> b.policy() == PolicyStatus.IN).count();
        long higher = birthsInYear.stream().filter(b -> b.birthOrder().getAsInt() >= 3).count();
        assertBetween(0.7, 0.95, (double) in / birthsInYear.size(), "policy birth rate");
        assertBetween(0.0, 0.1, (double) higher / birthsInYear.size(), "higher-order birth share");
        assertTrue(birthsInYear.stream().anyMatch(b -> b.policy() == PolicyStatus.OUT));
        assertTrue(birthsInYear.stream().anyMatch(b -> b.policy() == PolicyStatus.UNKNOWN));
    }

    @Test
    void test_healthCheckCoverage() {
        Set<String> checked = register.healthChecks().filter(c -> year.contains(c.date()))
                .filter(c -> c.kind() != HealthCheckKind.PRE_PREGNANCY).map(c -> c.womanId())
                .collect(Collectors.toSet());
        long covered = marriedWra.stream().filter(w -> checked.contains(w.id())).count();
        assertBetween(0.75, 0.97, (double) covered / marriedWra.size(), "health check coverage");
    }

    @Test
    void test_marriedShareOfWra() {
        long wra = register.women().filter(w -> w.ageOn(reference) >= 15 && w.ageOn(reference) <= 49).count();
        assertBetween(0.6, 0.9, (double) marriedWra.size() / wra, "married share of WRA");
    }
}

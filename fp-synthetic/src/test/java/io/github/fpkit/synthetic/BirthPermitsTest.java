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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.model.Birth;
import io.github.fpkit.model.PolicyStatus;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.testkit.Theories;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The generator's birth permits ({@link BirthPermits}): recorded for about four live births in
 * five, never for a stillbirth, the same for a seed, and plausible — most second births before
 * 2016 recorded within policy have a permit, few recorded outside it do.
 */
class BirthPermitsTest {
    private static final LocalDate TWO_CHILDREN = LocalDate.of(2016, 1, 1);

    private static List<Birth> births(long seed, int women) {
        return RegisterGenerator.of(GeneratorSettings.builder().women(women).seed(seed).build()).toRegister().births()
                .collect(Collectors.toList());
    }

    /** @return the share of the births matching {@code which} whose permit is recorded and true */
    private static double permitted(List<Birth> births, Predicate<Birth> which) {
        List<Birth> recorded = births.stream().filter(which).filter(b -> b.birthPermit().isPresent()).collect(Collectors.toList());
        assertTrue(recorded.size() >= 100, () -> "too few births to judge a share: " + recorded.size());
        return recorded.stream().filter(b -> b.birthPermit().get()).count() / (double) recorded.size();
    }

    /** @return true if |share − p| is within four binomial standard deviations of n births */
    private static boolean near(double share, double p, long n) {
        return Math.abs(share - p) <= 4 * Math.sqrt(p * (1 - p) / n);
    }

    @Test
    void test_aSeed_givesTheSamePermits_andAStillbirthNone() {
        Theories.qt().withExamples(10).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
            List<Birth> births = births(seed, 200);
            assertEquals(births.stream().map(Birth::birthPermit).collect(Collectors.toList()),
                    births(seed, 200).stream().map(Birth::birthPermit).collect(Collectors.toList()));
            births.stream().filter(b -> !b.isLive()).forEach(b -> assertEquals(Optional.empty(), b.birthPermit(), b.toString()));
        });
    }

    @Test
    void test_permits_recordedForFourLiveBirthsInFive_andPlausible() {
        List<Birth> births = births(20081001, 6000);
        List<Birth> live = births.stream().filter(Birth::isLive).collect(Collectors.toList());
        long recorded = live.stream().filter(b -> b.birthPermit().isPresent()).count();
        assertTrue(near(recorded / (double) live.size(), BirthPermits.RECORDED, live.size()), recorded + " of " + live.size());
        assertTrue(live.stream().anyMatch(b -> b.birthPermit().equals(Optional.of(false))));
        Predicate<Birth> secondBefore2016 = b -> b.isLive() && b.birthOrder().getAsInt() == 2 && b.birthDate().isBefore(TWO_CHILDREN);
        // The chances BirthPermits draws with: 0.9 within policy, 0.05 outside, 0.95 for a first birth.
        double in = permitted(births, secondBefore2016.and(b -> b.policy() == PolicyStatus.IN));
        double out = permitted(births, secondBefore2016.and(b -> b.policy() == PolicyStatus.OUT));
        assertTrue(in > 0.8 && out < 0.15, in + " " + out);
        assertTrue(permitted(births, b -> b.isLive() && b.birthOrder().getAsInt() == 1) > 0.9);
    }
}

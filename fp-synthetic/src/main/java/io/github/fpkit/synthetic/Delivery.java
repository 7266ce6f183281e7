package io.github.fpkit.synthetic;

import io.github.fpkit.model.PolicyStatus;
import io.github.fpkit.model.Sex;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One delivery in a woman's simulated history: a live birth (with its order among her live
 * births) or a stillbirth (order 0), the start of its pregnancy, and the child's death.
 */
record Delivery(LocalDate date, LocalDate pregnancyStart, boolean live, int order, Sex sex,
        PolicyStatus policy, Optional<LocalDate> childDeath) {
}

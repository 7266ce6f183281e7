package io.github.fpkit.synthetic;

import io.github.fpkit.model.PregnancyOutcome;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A pregnancy before it gets its id: ids are given when the woman's pregnancies are
 * emitted in order of start date, so they ascend with the date within a woman.
 */
record PregnancyDraft(LocalDate start, Optional<Boolean> planned, PregnancyOutcome outcome,
        Optional<LocalDate> outcomeDate) {
}

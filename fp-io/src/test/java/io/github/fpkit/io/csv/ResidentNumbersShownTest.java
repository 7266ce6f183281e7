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
package io.github.fpkit.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.validation.RegisterValidator;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.Death;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.register.Finding;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.testkit.NumberedRegisters;
import io.github.fpkit.testkit.Theories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No resident identity number of a register keyed by them (NumberedRegisters: every id a
 * number, with every kind of rejected row and of finding) appears whole in any text a user
 * sees: the row errors (value, record id, reason, {@code toString}), a strict reading's
 * exception, the validation report's problems, and every finding of the streaming validator
 * and of {@link Register#check()} over the register in memory (repeated event ids included).
 */
class ResidentNumbersShownTest {
    @TempDir
    Path temp;

    /** Every text of a finding that a report, a log or the CLI shows. */
    private static List<String> shown(Finding f) {
        return List.of(f.toString(), f.recordId(), f.value().orElse(""), f.message());
    }

    private static void assertHidden(NumberedRegisters.Folder folder, List<String> texts) {
        for (String text : texts) {
            assertEquals(Optional.empty(), folder.numberIn(text), () -> "a number shown whole in: " + text);
        }
    }

    @Test
    void test_noTextShown_holdsANumberWhole() {
        Theories.qt().withExamples(40).forAll(NumberedRegisters.folders()).checkAssert(folder -> {
            Path dir = write(folder);
            CsvRegisterSource source = CsvRegister.builder().open(dir);
            ValidationReport report = ValidationReport.of(source);
            List<String> texts = new ArrayList<>();
            for (RowError e : source.rowErrors()) {
                texts.addAll(List.of(e.toString(), e.value(), e.reason(), e.recordId().orElse("")));
            }
            for (RegisterProblem p : report.problems()) {
                texts.addAll(List.of(p.message(), p.value().orElse(""), p.toString()));
            }
            Register register = withRepeatedEvents(Register.copyOf(CsvRegister.builder().open(dir)));
            List<Finding> findings = new ArrayList<>(RegisterValidator.validate(register));
            findings.addAll(register.check());
            findings.forEach(f -> texts.addAll(shown(f)));
            RowErrorException strict = assertThrows(RowErrorException.class,
                    () -> Register.copyOf(CsvRegister.builder().strict(true).open(dir)));
            texts.add(strict.getMessage());
            assertHidden(folder, texts);
            // Every kind of error is there to be shown (a guard against a drawing that lost one).
            Set<String> rules = report.problems().stream().map(RegisterProblem::rule).collect(Collectors.toSet());
            findings.forEach(f -> rules.add(f.rule()));
            assertTrue(rules.containsAll(Set.of("ROW_INVALID", "REF_UNKNOWN_WOMAN", "REF_UNKNOWN_AREA", "REF_UNKNOWN_HOUSEHOLD",
                    "REF_DUPLICATE_ID", "REF_DUPLICATE_RESIDENT_ID", "REF_DUPLICATE_POPULATION", "REF_MOTHER_AGE", "REF_BIRTH_ORDER",
                    "PLAUSIBILITY_BIRTH_AFTER_STERILIZATION", "PLAUSIBILITY_OUTCOME_BEFORE_START", "PLAUSIBILITY_BIRTH_INTERVAL",
                    "PLAUSIBILITY_RESIDENT_ID_MISMATCH", "PLAUSIBILITY_POLICY_CONTRADICTS_RULE")), rules::toString);
        });
    }

    private Path write(NumberedRegisters.Folder folder) {
        try {
            Path dir = Files.createTempDirectory(temp, "numbered");
            folder.write(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The register with its first birth, pregnancy, death and population row twice: only an
     * in-memory register reports them (the reader rejects such rows).
     */
    private static Register withRepeatedEvents(Register register) {
        Register.Builder b = Register.builder();
        register.tables().forEach(b::withTable);
        register.areas().forEach(b::add);
        register.populationCounts().forEach(b::add);
        register.households().forEach(b::add);
        register.women().forEach(b::add);
        register.births().forEach(b::add);
        register.pregnancies().forEach(b::add);
        register.deaths().forEach(b::add);
        register.contraceptiveEpisodes().forEach(b::add);
        register.procedures().forEach(b::add);
        register.healthChecks().forEach(b::add);
        register.distributions().forEach(b::add);
        register.births().findFirst().ifPresent((Birth x) -> b.add(x));
        register.pregnancies().findFirst().ifPresent((Pregnancy x) -> b.add(x));
        register.deaths().findFirst().ifPresent((Death x) -> b.add(x));
        register.populationCounts().findFirst().ifPresent((PopulationCount x) -> b.add(x));
        return b.build();
    }
}

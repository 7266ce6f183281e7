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
package io.github.fpkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.testkit.NumberedRegisters;
import io.github.fpkit.testkit.Theories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fp validate} and {@code fp duelist} over registers keyed by resident identity
 * numbers (NumberedRegisters: every id a number, every kind of rejected row and finding):
 * neither standard output nor standard error holds a number whole. JSON output, whose values
 * are not wrapped into the columns of a table (a wrapped number would hide from the search).
 */
class ResidentNumbersCliTest {
    @TempDir
    Path temp;

    @Test
    void test_validateAndDuelist_showNoNumberWhole() {
        Theories.qt().withExamples(8).forAll(NumberedRegisters.folders()).checkAssert(folder -> {
            Path dir;
            try {
                dir = Files.createTempDirectory(temp, "numbered");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            folder.write(dir);
            FpRun validate = FpRun.of("validate", dir.toString(), "--format", "json");
            assertEquals(1, validate.status, validate::toString);
            // The findings of the rejected rows and of the rules were written, masked.
            assertTrue(validate.out.contains("REF_BIRTH_ORDER") && validate.out.contains("ROW_INVALID"), validate::toString);
            assertEquals(Optional.empty(), folder.numberIn(validate.out), validate::toString);
            assertEquals(Optional.empty(), folder.numberIn(validate.err), validate::toString);
            FpRun duelist = FpRun.of("duelist", dir.toString(), "--date", "2009-06-30", "--format", "json");
            assertEquals(0, duelist.status, duelist::toString);
            assertTrue(duelist.out.contains("womanId"), duelist::toString);
            assertEquals(Optional.empty(), folder.numberIn(duelist.out), duelist::toString);
            assertEquals(Optional.empty(), folder.numberIn(duelist.err), duelist::toString);
        });
    }
}

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
package io.github.fpkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.indicators.IndicatorResult;
import io.github.fpkit.io.csv.CsvStyle;
import io.github.fpkit.io.csv.ResultCsvReader;
import io.github.fpkit.synthetic.CsvFileSink;
import io.github.fpkit.synthetic.GeneratorSettings;
import io.github.fpkit.synthetic.RegisterGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every example program and checks what it prints. */
class ExamplesTest {
    @TempDir
    Path temp;

    interface Program {
        void run() throws Exception;
    }

    private static String stdout(Program program) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            program.run();
        } finally {
            System.setOut(saved);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The example programs print what their javadoc and the README say they print. */
    @Test
    void test_embedModel_computesTheVillageCpr_asDocumented() throws Exception {
        String out = stdout(() -> EmbedModelExample.main(new String[0]));
        assertEquals("CPR 综合避孕率 of village 990101001001 in 2009SY: 2 of 3 married women = 66.67 % (95 % CI 20.77 – 93.85)"
                + System.lineSeparator(), out);
    }

    @Test
    void test_readGbkExport_withoutArgument_readsItsOwnExport_andLeavesNoFolderBehind() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<Path> before = exports(tmp);
        String out = stdout(() -> ReadGbkExportExample.main(new String[0]));
        assertEquals("women.csv: read 300, accepted 300, rejected 0; married 231" + System.lineSeparator(), out);
        assertEquals(before, exports(tmp), "the temporary export is deleted");
    }

    private static Set<Path> exports(Path tmp) throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("gbk-export-")).collect(Collectors.toSet());
        }
    }

    @Test
    void test_readGbkExport_readsEveryWoman() throws Exception {
        Path export = temp.resolve("export");
        try (CsvFileSink sink = CsvFileSink.create(export, Charset.forName("GBK"), CsvStyle.CHINESE)) {
            RegisterGenerator.of(GeneratorSettings.builder().women(120).seed(3).build()).generate(sink);
        }
        String out = stdout(() -> ReadGbkExportExample.main(new String[] {export.toString()}));
        assertTrue(out.startsWith("women.csv: read 120, accepted 120, rejected 0; married "), out);
    }

    /** On the register that {@code fp demo} says how to write, as the javadoc shows; it writes the CSV file it is given and nothing else. */
    @Test
    void test_villageFiguresToCsv_writesFourIndicatorsPerVillage_asDocumented() throws Exception {
        Path register = temp.resolve("demo");
        try (CsvFileSink sink = CsvFileSink.create(register, StandardCharsets.UTF_8, CsvStyle.CANONICAL)) {
            RegisterGenerator.of(GeneratorSettings.builder().women(3300).villages(11).seed(20081001).build()).generate(sink);
        }
        Path csv = temp.resolve("villages.csv");
        String out = stdout(() -> VillageFiguresToCsvExample.main(new String[] {register.toString(), "2009SY", csv.toString()}));
        assertEquals("wrote 44 results for 11 villages to " + csv + System.lineSeparator(), out);
        List<IndicatorResult> results = ResultCsvReader.read(csv);
        assertEquals(44, results.size());
        assertTrue(results.stream().allMatch(r -> r.area().level() == io.github.fpkit.model.AreaLevel.VILLAGE));
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(Set.of(register, csv), files.collect(Collectors.toSet()));
        }
    }
}

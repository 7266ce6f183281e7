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
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void test_embedModel_computesTheVillageCpr() throws Exception {
        String out = stdout(() -> EmbedModelExample.main(new String[0]));
        assertTrue(out.startsWith("CPR 综合避孕率 of village 990101001001 in 2009SY: 2 of 3 married women = 66.67 % (95 % CI "), out);
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

    @Test
    void test_villageFiguresToCsv_writesFourIndicatorsPerVillage() throws Exception {
        Path register = temp.resolve("register");
        try (CsvFileSink sink = CsvFileSink.create(register, StandardCharsets.UTF_8, CsvStyle.CANONICAL)) {
            RegisterGenerator.of(GeneratorSettings.builder().women(300).villages(4).seed(2).build()).generate(sink);
        }
        Path csv = temp.resolve("villages.csv");
        String out = stdout(() -> VillageFiguresToCsvExample.main(new String[] {register.toString(), "2009SY", csv.toString()}));
        assertEquals("wrote 16 results for 4 villages to " + csv + System.lineSeparator(), out);
        List<IndicatorResult> results = ResultCsvReader.read(csv);
        assertEquals(16, results.size());
        assertTrue(results.stream().allMatch(r -> r.area().level() == io.github.fpkit.model.AreaLevel.VILLAGE));
    }
}

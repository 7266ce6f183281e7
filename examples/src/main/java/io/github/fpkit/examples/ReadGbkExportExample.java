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

import io.github.fpkit.io.csv.CsvRegister;
import io.github.fpkit.io.csv.CsvRegisterSource;
import io.github.fpkit.io.csv.CsvStyle;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.synthetic.CsvFileSink;
import io.github.fpkit.synthetic.GeneratorSettings;
import io.github.fpkit.synthetic.RegisterGenerator;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Reading a Chinese export: a register folder with Chinese headers (编号, 出生日期, 婚姻状况 …),
 * Chinese labels (已婚, 上环 …) and dates such as 2009年9月30日, encoded in GBK as Windows
 * systems in China write it. The reader matches the Chinese headers itself; only the
 * encoding must be named.
 *
 * <pre>{@code
 * java -cp examples/target/fp.jar io.github.fpkit.examples.ReadGbkExportExample path/to/export
 * // women.csv: read 300, accepted 300, rejected 0; married 231
 * }</pre>
 *
 * With no argument it reads a small GBK export of 300 women that it first writes to a
 * temporary folder, and deletes the folder when done.
 */
public final class ReadGbkExportExample {
    private static final Charset GBK = Charset.forName("GBK");

    private ReadGbkExportExample() {
    }

    /**
     * Reads a GBK export and prints what was read.
     *
     * @param args the export folder, or nothing to read one of its own
     * @throws IOException if the temporary folder cannot be written or deleted
     */
    public static void main(String[] args) throws IOException {
        if (args.length > 0) {
            read(Path.of(args[0]));
            return;
        }
        Path folder = Files.createTempDirectory("gbk-export-");
        try {
            try (CsvFileSink sink = CsvFileSink.create(folder, GBK, CsvStyle.CHINESE)) {
                RegisterGenerator.of(GeneratorSettings.builder().women(300).seed(7).build()).generate(sink);
            }
            read(folder);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                // Deepest first, so that each folder is empty when it is deleted.
                for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void read(Path folder) {
        CsvRegisterSource source = CsvRegister.builder().encoding(GBK).open(folder);
        long married;
        try (Stream<Woman> women = source.women()) {
            married = women.filter(Woman::isMarried).count();
        }
        System.out.println("women.csv: " + source.counts().get(RegisterTable.WOMEN) + "; married " + married);
        source.rowErrors().forEach(e -> System.out.println("rejected: " + e));
    }
}

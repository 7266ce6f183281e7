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
import java.util.stream.Stream;

/**
 * Reading a Chinese export: a register folder with Chinese headers (编号, 出生日期, 婚姻状况 …),
 * Chinese labels (已婚, 上环 …) and dates such as 2009年9月30日, encoded in GBK as Windows
 * systems in China write it. The reader matches the Chinese headers itself; only the
 * encoding must be named.
 *
 * <pre>{@code
 * java -cp examples/target/fp.jar io.github.fpkit.examples.ReadGbkExportExample path/to/export
 * // women.csv: read 300, accepted 300, rejected 0; married 180
 * }</pre>
 *
 * With no argument it first writes a small GBK export of its own into a temporary folder,
 * which it leaves there for a look.
 */
public final class ReadGbkExportExample {
    private ReadGbkExportExample() {
    }

    /**
     * Reads a GBK export and prints what was read.
     *
     * @param args the export folder, or nothing to generate one
     * @throws IOException if the temporary folder cannot be created
     */
    public static void main(String[] args) throws IOException {
        Charset gbk = Charset.forName("GBK");
        Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("gbk-export-");
        if (args.length == 0) {
            try (CsvFileSink sink = CsvFileSink.create(folder, gbk, CsvStyle.CHINESE)) {
                RegisterGenerator.of(GeneratorSettings.builder().women(300).seed(7).build()).generate(sink);
            }
            System.out.println("wrote a GBK export to " + folder);
        }

        CsvRegisterSource source = CsvRegister.builder().encoding(gbk).open(folder);
        long married;
        try (Stream<Woman> women = source.women()) {
            married = women.filter(Woman::isMarried).count();
        }
        System.out.println("women.csv: " + source.counts().get(RegisterTable.WOMEN) + "; married " + married);
        source.rowErrors().forEach(e -> System.out.println("rejected: " + e));
    }
}

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

import io.github.fpkit.io.csv.CsvRegister;
import io.github.fpkit.io.csv.CsvRegisterSource;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** The register folder a command reads, and its encoding. */
final class RegisterInput {
    @Parameters(index = "0", paramLabel = "DIR", description = "The register folder (women.csv and the other tables of docs/FORMAT.md).")
    Path folder;

    @Option(names = "--encoding", paramLabel = "E", defaultValue = "UTF-8", converter = OptionTypes.Encoding.class,
            description = "The files' encoding: UTF-8 (default; a BOM is skipped), GBK or GB18030. "
                    + "An unknown name is a usage error (2); bytes invalid in the encoding are a data error (1).")
    Charset encoding;

    /**
     * Opens the folder: checks that it is one, then reads every header.
     *
     * @param command the command, for usage errors
     * @param strict true to stop at the first rejected row
     * @return the source
     * @throws ParameterException if the folder is named by an empty argument, does not exist or is not a folder
     */
    CsvRegisterSource open(CommandLine command, boolean strict) {
        if (folder.toString().isBlank()) {
            throw new ParameterException(command, "DIR '" + folder + "': empty; name the register folder, '.' for this one");
        }
        if (!Files.isDirectory(folder)) {
            throw new ParameterException(command, "DIR '" + folder + "': " + (Files.exists(folder) ? "is not a folder" : "does not exist"));
        }
        return CsvRegister.builder().encoding(encoding).strict(strict).open(folder);
    }
}

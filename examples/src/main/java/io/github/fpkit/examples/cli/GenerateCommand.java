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

import io.github.fpkit.io.csv.CsvStyle;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.synthetic.CsvFileSink;
import io.github.fpkit.synthetic.GeneratorSettings;
import io.github.fpkit.synthetic.RegisterGenerator;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fp generate}: a synthetic register folder. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = FpCommand.Version.class,
        description = {"Writes a realistic synthetic register of one county (every table of docs/FORMAT.md, statistical "
                + "year 2009SY) to a folder, deterministically for a seed. Streams record by record, so millions of women "
                + "need no more memory than a few; on a terminal, a progress line counts the women written."},
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {"0:success", "2:usage or I/O error"})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions run;

    @Mixin
    QuietProgress stderr;

    @Parameters(index = "0", paramLabel = "OUT", description = "The folder to write; created if missing; its table files are replaced.")
    Path folder;

    @Option(names = "--women", paramLabel = "N", required = true, description = "The number of women, 1 to 50000000.")
    int women;

    @Option(names = "--villages", paramLabel = "N",
            description = "The number of villages, 1 or more (default: one per 300 women), 12 to a township.")
    Integer villages;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The seed (default 1); equal seeds give equal files.")
    long seed;

    @Option(names = "--chinese", description = "Write Chinese headers, Chinese labels and dates such as 2009年9月30日.")
    boolean chinese;

    @Option(names = "--encoding", paramLabel = "E", defaultValue = "UTF-8", converter = OptionTypes.Encoding.class,
            description = "The files' encoding: UTF-8 (default), GBK or GB18030.")
    Charset encoding;

    @Override
    public Integer call() {
        // An empty argument (a variable that was not set) would resolve to the working folder and fill it with tables.
        if (folder.toString().isBlank()) {
            throw new ParameterException(spec.commandLine(), "OUT '" + folder + "': empty; name the folder to write, '.' for this one");
        }
        // 0 would silently mean "the default" to the builder; on the command line it is a mistake.
        if (villages != null && villages < 1) {
            throw new ParameterException(spec.commandLine(), "--villages '" + villages + "': must be 1 or more");
        }
        GeneratorSettings settings;
        try {
            settings = GeneratorSettings.builder().women(women).villages(villages == null ? 0 : villages).seed(seed).build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--" + e.getMessage());
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), "OUT '" + folder + "': is a file, not a folder");
        }
        Map<RegisterTable, Long> counts;
        ProgressLine progress = ProgressLine.onTerminal(spec.commandLine().getErr(), stderr.quiet);
        LongConsumer womenDone = done -> {
            if (done % ProgressLine.ROWS_PER_REPORT == 0) {
                progress.report(() -> String.format(Locale.ROOT, "generating %s: %,d of %,d women", folder, done, women));
            }
        };
        try (CsvFileSink sink = CsvFileSink.create(folder, encoding, chinese ? CsvStyle.CHINESE : CsvStyle.CANONICAL)) {
            counts = RegisterGenerator.of(settings).generate(sink, womenDone);
        } finally {
            progress.done();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("wrote " + folder + ": " + Stream.of(RegisterTable.values())
                .map(t -> t.fileName() + " " + counts.get(t)).collect(Collectors.joining(", ")));
        out.flush();
        return ExitStatus.SUCCESS;
    }
}

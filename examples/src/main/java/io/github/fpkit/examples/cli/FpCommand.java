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

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code fp} command and its subcommands, configured for in-process use. */
@Command(name = "fp", mixinStandardHelpOptions = true, versionProvider = FpCommand.Version.class,
        description = {"Family-planning statistics from a register folder of CSV files (docs/FORMAT.md).",
            "Run 'fp demo' to see it work on the bundled demo township."},
        subcommands = {IndicatorsCommand.class, ValidateCommand.class, SummaryCommand.class, ReportCommand.class, AuditCommand.class,
            QualityCommand.class, ReconcileCommand.class, DraftCommand.class, DuelistCommand.class, GenerateCommand.class,
            DemoCommand.class},
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {"0:success",
            "1:the data has errors (validate) or the computation failed on data", "2:usage or I/O error"})
final class FpCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Without a subcommand: the usage, and a usage error. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("fp: a subcommand is required (see 'fp --help')");
        spec.commandLine().usage(err);
        err.flush();
        return ExitStatus.USAGE_OR_IO_ERROR;
    }

    /**
     * @param out standard output
     * @param err standard error
     * @return the command line, writing to {@code out} and {@code err}
     */
    static CommandLine commandLine(StandardOutput out, PrintWriter err) {
        FailureHandler failures = new FailureHandler();
        CommandLine fp = new CommandLine(new FpCommand())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionStrategy(failures)
                .setExecutionExceptionHandler(failures)
                .setParameterExceptionHandler(failures);
        IndicatorsCommand.listCodesInHelp(fp.getSubcommands().get("indicators"));
        return fp;
    }

    /** The version of fpkit the tool was built from, from a resource the build fills in. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties p = new Properties();
            try (InputStream in = FpCommand.class.getResourceAsStream("fp-version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"fp (fpkit) " + p.getProperty("version", "unknown"), "Java " + System.getProperty("java.version")};
        }
    }
}

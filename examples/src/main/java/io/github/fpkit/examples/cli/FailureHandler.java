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

import io.github.fpkit.io.csv.CsvFormatException;
import io.github.fpkit.io.csv.InvalidEncodingException;
import io.github.fpkit.model.InvalidValueException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become exit statuses and one-line messages on stderr:
 * <ul>
 *   <li>bad options or arguments (picocli's {@link ParameterException}, including a bad
 *       {@code --period}, {@code --encoding} or a missing folder): {@link ExitStatus#USAGE_OR_IO_ERROR};</li>
 *   <li>I/O failures ({@link UncheckedIOException}, {@link IOException}): {@link ExitStatus#USAGE_OR_IO_ERROR};</li>
 *   <li>a register that cannot be read or computed on ({@link CsvFormatException}: a missing
 *       {@code women.csv} or column, bytes invalid in the encoding, a rejected row in strict
 *       mode; {@link InvalidValueException}, {@link IllegalArgumentException}): {@link ExitStatus#DATA_ERROR};</li>
 *   <li>running out of heap ({@link OutOfMemoryError}): {@link ExitStatus#DATA_ERROR}, naming the heap's size and how to raise it.</li>
 * </ul>
 * The message is {@code fp <command>: <reason>} on one line; the stack trace follows only
 * with {@code --debug}. Standard output whose reader has gone ({@link ClosedPipeException})
 * is no failure: the command ends quietly with {@link ExitStatus#SUCCESS}.
 */
final class FailureHandler implements IExecutionStrategy, IExecutionExceptionHandler, IParameterExceptionHandler {
    /**
     * Runs the command, then flushes standard output; a closed pipe ends it quietly with
     * {@link ExitStatus#SUCCESS}, whether a command or picocli's help or version wrote into it.
     * A command's own failures reach {@link #handleExecutionException} through picocli; a
     * failure to write the help or version is an I/O error here, as they are printed outside
     * a command.
     */
    @Override
    public int execute(ParseResult parseResult) {
        CommandLine fp = parseResult.commandSpec().commandLine();
        try {
            int status = new CommandLine.RunLast().execute(parseResult);
            fp.getOut().flush();
            return status;
        } catch (OutOfMemoryError e) {
            return outOfMemory(fp, parseResult);
        } catch (RuntimeException e) {
            if (ClosedPipeException.isCause(e)) {
                return ExitStatus.SUCCESS;
            }
            if (e instanceof UncheckedIOException) {
                fp.getErr().println(oneLine(fp.getCommandSpec().qualifiedName() + ": " + describe(e)));
                fp.getErr().flush();
                return ExitStatus.USAGE_OR_IO_ERROR;
            }
            throw e;
        }
    }

    /**
     * Running out of heap is no bug of the input or of fpkit, but of the room given: say how
     * much there was and how to give more, on one line, instead of the JVM's stack trace.
     */
    private static int outOfMemory(CommandLine fp, ParseResult parseResult) {
        ParseResult command = parseResult;
        while (command.hasSubcommand()) {
            command = command.subcommand();
        }
        long heapMib = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        String more = "-Xmx" + Math.max(1, 2 * heapMib / 1024 + 1) + "g";
        fp.getErr().println(command.commandSpec().qualifiedName() + ": out of memory with a Java heap of at most " + heapMib
                + " MiB; give it more with JAVA_OPTS=" + more + " fp … (the launcher) or java " + more + " -jar fp.jar …");
        fp.getErr().flush();
        return ExitStatus.DATA_ERROR;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        String help = "'" + command.getCommandSpec().qualifiedName() + " --help'";
        // A message that already points to the help (for what it lists) needs no second pointer.
        err.println(oneLine(command.getCommandSpec().qualifiedName() + ": " + e.getMessage()
                + (e.getMessage().contains(help) ? "" : " (see " + help + ")")));
        if (Arrays.asList(args).contains("--debug")) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitStatus.USAGE_OR_IO_ERROR;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
        if (e instanceof ParameterException) {
            return handleParseException((ParameterException) e, parseResult.originalArgs().toArray(new String[0]));
        }
        PrintWriter err = command.getErr();
        err.println(oneLine(command.getCommandSpec().qualifiedName() + ": " + describe(e)));
        if (debug(parseResult)) {
            e.printStackTrace(err);
        }
        err.flush();
        return status(e);
    }

    /** @return the exit status for a failure during a command's execution */
    static int status(Throwable e) {
        if (e instanceof UncheckedIOException || e instanceof IOException) {
            return ExitStatus.USAGE_OR_IO_ERROR;
        }
        return ExitStatus.DATA_ERROR;
    }

    private static String describe(Throwable e) {
        if (e instanceof UncheckedIOException && e.getCause() instanceof FileSystemException) {
            return "I/O error: " + IoCause.describe(((UncheckedIOException) e).getCause());
        }
        if (e instanceof UncheckedIOException && e.getCause() != null) {
            return "I/O error: " + e.getMessage();
        }
        if (e instanceof IOException) {
            return "I/O error: " + IoCause.describe((IOException) e);
        }
        if (e instanceof InvalidEncodingException) {
            // The library suggests other encodings in general terms; here the user needs the option to pass.
            boolean utf8 = ((InvalidEncodingException) e).charset().equals(StandardCharsets.UTF_8);
            return e.getMessage() + "; try --encoding " + (utf8 ? "GBK" : "UTF-8");
        }
        if (e instanceof CsvFormatException || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        return "internal error " + e.getClass().getSimpleName() + ": " + e.getMessage() + " (run with --debug for details)";
    }

    private static boolean debug(ParseResult parseResult) {
        for (ParseResult r = parseResult; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}

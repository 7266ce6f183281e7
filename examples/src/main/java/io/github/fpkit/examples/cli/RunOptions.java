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

import picocli.CommandLine.Option;

/**
 * The option every subcommand has. Each has its own {@code --quiet} too, whose help says what
 * that command would otherwise print on stderr: {@link QuietReading} for those that read a
 * register and compute rates on it, {@link QuietProgress} for those that only show progress.
 */
final class RunOptions {
    @Option(names = "--debug", description = "Print the stack trace of an error.")
    boolean debug;
}

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

/**
 * The exit statuses of the {@code fp} tool, as documented in every {@code --help}:
 * {@value #SUCCESS} success, {@value #DATA_ERROR} the data has errors or the computation
 * failed on data, {@value #USAGE_OR_IO_ERROR} a usage or I/O error.
 */
public final class ExitStatus {
    /** The command did what was asked. */
    public static final int SUCCESS = 0;
    /** The register has errors ({@code fp validate}) or cannot be computed on (unreadable bytes, a missing column, a bad row in strict mode). */
    public static final int DATA_ERROR = 1;
    /** Bad options or arguments, a missing folder, an unknown encoding name, or an I/O failure. */
    public static final int USAGE_OR_IO_ERROR = 2;

    private ExitStatus() {
    }
}

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
 * The reader of standard output went away: {@code fp summary … | head} after {@code head}
 * has read its lines. Thrown from the first write after that, to end the command at once;
 * the tool then exits with status 0 and says nothing, as a Unix command does.
 */
final class ClosedPipeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ClosedPipeException(Throwable cause) {
        super("the reader of standard output has gone", cause);
    }

    /** @return true if {@code e} or one of its causes is a closed pipe */
    static boolean isCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ClosedPipeException) {
                return true;
            }
        }
        return false;
    }
}

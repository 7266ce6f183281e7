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

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** One in-process run of the {@code fp} tool: its exit status and what it printed. */
final class FpRun {
    final int status;
    /** Standard output as UTF-8 text. */
    final String out;
    /** Standard output's bytes, for output in another encoding. */
    final byte[] bytes;
    final String err;

    private FpRun(int status, byte[] bytes, String err) {
        this.status = status;
        this.bytes = bytes;
        this.out = new String(bytes, StandardCharsets.UTF_8);
        this.err = err;
    }

    static FpRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return of(out, args).withOut(out.toByteArray());
    }

    /**
     * Runs with standard output going somewhere else, for outputs that fail.
     *
     * @return the run; its {@code out} is empty
     */
    static FpRun of(OutputStream out, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(out, err, args);
        return new FpRun(status, new byte[0], err.toString(StandardCharsets.UTF_8));
    }

    private FpRun withOut(byte[] printed) {
        return new FpRun(status, printed, err);
    }

    @Override
    public String toString() {
        return "exit " + status + "\n--- out\n" + out + "--- err\n" + err;
    }
}

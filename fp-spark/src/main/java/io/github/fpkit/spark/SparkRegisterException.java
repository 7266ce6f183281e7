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
package io.github.fpkit.spark;

/**
 * A register that Spark cannot read as a register: a missing folder or table, an
 * unreadable path, a period or option it cannot use. The message names the path and the cause.
 */
public final class SparkRegisterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String reason;

    /**
     * @param path the path concerned, not null
     * @param reason why, not null
     */
    public SparkRegisterException(String path, String reason) {
        super(path + ": " + reason);
        this.path = path;
        this.reason = reason;
    }

    /** @return the path concerned */
    public String path() {
        return path;
    }

    /** @return why it cannot be used */
    public String reason() {
        return reason;
    }
}

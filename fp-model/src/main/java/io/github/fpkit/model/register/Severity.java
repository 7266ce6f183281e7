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
package io.github.fpkit.model.register;

/** How serious a finding is. */
public enum Severity {
    /** The record is wrong: it breaks a rule of the register format. */
    ERROR,
    /** The record is implausible and deserves a look, but may be right. */
    WARNING;

    /** @return the lowercase code, {@code "error"} or {@code "warning"} */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

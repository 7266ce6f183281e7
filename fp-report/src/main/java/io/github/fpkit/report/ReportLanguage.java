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
package io.github.fpkit.report;

import java.util.Locale;

/** The language a report is written in. */
public enum ReportLanguage {
    /** 中文. */
    ZH,
    /** English. */
    EN;

    /** @return the language's code as options and HTML's {@code lang} take it: {@code zh} or {@code en} */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}

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

import io.github.fpkit.report.ReportLanguage;
import picocli.CommandLine.Option;

/** {@code --lang}: the language of an area's report, the paragraph of {@code fp summary} and the HTML of {@code fp report}. */
final class ReportLanguageOption {
    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh", description = "zh (default) or en.")
    SummaryReport.Language language;

    /** @return the language as fp-report takes it */
    ReportLanguage forHtml() {
        return ReportLanguage.valueOf(language.name());
    }
}

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
package io.github.fpkit.indicators.report;

import java.util.List;
import java.util.function.Consumer;

/** One or more rules of the audit: each reads a report and reports what it finds; never throws on inconsistent figures. */
interface AuditRule {
    /** The stable ids of the findings this rule can report. */
    List<String> ids();

    void check(AggregateReport report, Consumer<AuditFinding> findings);
}

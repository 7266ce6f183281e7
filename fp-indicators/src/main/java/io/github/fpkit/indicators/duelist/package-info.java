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
/**
 * Due-lists (应检名单): the women due for an IUD check, a pregnancy check or a follow-up on a
 * date, by the national grassroots WIS service-guidance convention (2005), with the rules
 * that the indicator HEALTH_CHECK_COVERAGE_DUE counts.
 */
package io.github.fpkit.indicators.duelist;

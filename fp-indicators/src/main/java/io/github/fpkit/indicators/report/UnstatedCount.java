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

/**
 * Why an aggregate report states no figure for a count of the catalogue, in the words of the
 * audit's {@code RATE_UNVERIFIABLE} warning for a stated rate over it: what checking the rate
 * would need ({@code expected}) and why the report cannot give it.
 */
enum UnstatedCount {
    /** Births by the mother's age, woman-years, pregnancies by plan and by outcome: only a register's records give them. */
    RECORD_LEVEL("record-level data", "需要妇女生存人年数或妊娠记录，汇总报表中没有",
            "it needs woman-years or pregnancy records, which no aggregate report holds"),
    /** Households by their children: the report's one-child and two-daughter families are counted by married WRA. */
    HOUSEHOLDS("household records", "需要户的记录，报表中的独生子女户、双女户按已婚育龄妇女计，不是户数",
            "it needs household records; the report's one-child and two-daughter families are counted by married WRA, not by household"),
    /** Modern users among WRA of any marital status: reports count users among the married WRA only. */
    MODERN_USERS_AMONG_ALL_WRA("a count of modern users among all WRA", "报表未报全部育龄妇女（不论婚否）中使用现代方法的人数",
            "the report states no count of modern users among all WRA");

    private final String expected;
    private final String chineseReason;
    private final String englishReason;

    UnstatedCount(String expected, String chineseReason, String englishReason) {
        this.expected = expected;
        this.chineseReason = chineseReason;
        this.englishReason = englishReason;
    }

    /** @return what checking a rate over the count would need, a finding's {@code expected} */
    String expected() {
        return expected;
    }

    String chineseReason() {
        return chineseReason;
    }

    String englishReason() {
        return englishReason;
    }
}

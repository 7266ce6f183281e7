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

import io.github.fpkit.model.InvalidValueException;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.internal.DateProblem;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates a report states as text. Besides the notations of
 * {@link ReportingPeriod#parse(CharSequence)}, Chinese reports write dates as
 * {@code 2009年9月30日} and periods as {@code 2008年10月1日至2009年9月30日}, so both are
 * accepted here; an impossible day such as 9月31日 is reported, never adjusted.
 */
final class StatedDates {
    private static final String CHINESE_DATE = "(\\d{4})年(\\d{1,2})月(\\d{1,2})日";
    private static final Pattern CHINESE_DAY = Pattern.compile(CHINESE_DATE);
    private static final Pattern CHINESE_RANGE = Pattern.compile(CHINESE_DATE + "\\s*(?:至|到|-|－|—|~|～)\\s*" + CHINESE_DATE);
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern ANY_DAY = Pattern.compile("(\\d{4})(?:-|年)(\\d{1,2})(?:-|月)(\\d{1,2})日?");
    private static final Pattern ANY_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    private StatedDates() {
    }

    /** @throws InvalidValueException naming field {@code period} if the text is no period or names an impossible day */
    static ReportingPeriod period(String text) {
        Matcher m = CHINESE_RANGE.matcher(text.trim());
        if (m.matches()) {
            return ReportingPeriod.ofClosed(date("period", text, m, 1), date("period", text, m, 4));
        }
        return ReportingPeriod.parse(text);
    }

    /** @throws InvalidValueException naming field {@code reportDate} if the text is no date or an impossible day */
    static LocalDate day(String text) {
        String s = text.trim();
        Matcher m = CHINESE_DAY.matcher(s);
        if (m.matches()) {
            return date("reportDate", text, m, 1);
        }
        m = ISO_DAY.matcher(s);
        if (m.matches()) {
            return date("reportDate", text, m, 1);
        }
        throw new InvalidValueException("reportDate", text, "expected 2009-10-10 or 2009年10月10日");
    }

    /**
     * Why a stated period or date that does not read is wrong, in Chinese: the first day it
     * names that does not exist, a month beyond 12, or else the forms it should take.
     *
     * @param text the stated text
     * @param chineseForms the forms expected, in Chinese, for when no single day is at fault
     */
    static String chineseReason(String text, String chineseForms) {
        Matcher d = ANY_DAY.matcher(text);
        while (d.find()) {
            Optional<String> problem = DateProblem.chinese(Long.parseLong(d.group(1)), Integer.parseInt(d.group(2)),
                    Integer.parseInt(d.group(3)));
            if (problem.isPresent()) {
                return d.group() + "不是真实的日期：" + problem.get();
            }
        }
        Matcher month = ANY_MONTH.matcher(text.trim());
        if (month.matches() && DateProblem.chinese(Long.parseLong(month.group(1)), Integer.parseInt(month.group(2)), 1).isPresent()) {
            return text.trim() + "不是真实的月份：月份须为01至12";
        }
        return "应写作" + chineseForms;
    }

    /** The date of three matched groups (year, month, day), or why it is no real date in our own words. */
    private static LocalDate date(String field, String text, Matcher m, int firstGroup) {
        int year = Integer.parseInt(m.group(firstGroup));
        int month = Integer.parseInt(m.group(firstGroup + 1));
        int day = Integer.parseInt(m.group(firstGroup + 2));
        DateProblem.of(year, month, day).ifPresent(problem -> {
            throw new InvalidValueException(field, text, "not a real date: " + problem);
        });
        return LocalDate.of(year, month, day);
    }
}

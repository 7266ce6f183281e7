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
package io.github.fpkit.model.internal;

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.ReportingPeriod;
import io.github.fpkit.model.ResidentId;
import io.github.fpkit.model.register.Finding;
import io.github.fpkit.model.register.RegisterTable;
import io.github.fpkit.model.register.Severity;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The findings of the referential rules of the register format, each with its rule id,
 * severity, field and message in one place, for the two places that apply the rules: the
 * in-memory {@code Register.check()} and fp-indicators' streaming register validator. Each
 * method gives a builder with everything but the line, which only a reader of files knows.
 * Resident identity numbers appear masked, and so does every id that could be one (some
 * registers key their women, births and households by the number: {@link ResidentId#maskIfNumber}),
 * in the record id, the value and the message alike. Thread-safe.
 */
public final class ReferentialFindings {
    /** A birth before the mother's 10th birthday is implausible. */
    public static final int MIN_MOTHER_AGE = 10;
    /** A birth after the day the mother turns 60 is implausible. */
    public static final int MAX_MOTHER_AGE = 60;

    private ReferentialFindings() {
    }

    private static Finding.Builder error(String rule, RegisterTable table, String recordId) {
        return Finding.builder().rule(rule).severity(Severity.ERROR).table(table).recordId(ResidentId.maskIfNumber(recordId));
    }

    /**
     * @param table the table
     * @param field the key column ({@code id}, or {@code code} in {@code areas.csv})
     * @param id the repeated id
     * @return {@code REF_DUPLICATE_ID} of the row that repeats it
     */
    public static Finding.Builder duplicateId(RegisterTable table, String field, String id) {
        String shown = ResidentId.maskIfNumber(id);
        return error("REF_DUPLICATE_ID", table, id).field(field).value(shown)
                .message(field + " " + shown + " appears more than once in " + table.fileName());
    }

    /**
     * @param firstWoman the first woman with the number
     * @param woman the later woman, whose row repeats it
     * @param number the number
     * @return {@code REF_DUPLICATE_RESIDENT_ID} of the later woman
     */
    public static Finding.Builder duplicateResidentId(String firstWoman, String woman, ResidentId number) {
        // toString() masks the number: the finding is printed and written to reports.
        return error("REF_DUPLICATE_RESIDENT_ID", RegisterTable.WOMEN, woman).field("resident_id").value(number.toString())
                .message("women " + ResidentId.maskIfNumber(firstWoman) + " and " + ResidentId.maskIfNumber(woman)
                        + " have the same resident_id " + number
                        + "; one person cannot be two women of the register");
    }

    /**
     * @param area the area of the repeated row
     * @param period its period
     * @return {@code REF_DUPLICATE_POPULATION} of the row that repeats them, whose record id is {@code "area period"}
     */
    public static Finding.Builder duplicatePopulation(AreaCode area, ReportingPeriod period) {
        return error("REF_DUPLICATE_POPULATION", RegisterTable.POPULATION, area + " " + period).field("period")
                .value(period.toString()).message("area " + area + " has more than one population row for " + period
                        + " (" + period.toIsoString() + "); indicators would add them");
    }

    /**
     * @param table the table of the record
     * @param recordId the record's id (for {@code population.csv} its area code)
     * @param area the code that {@code areas.csv} lacks
     * @return {@code REF_UNKNOWN_AREA}
     */
    public static Finding.Builder unknownArea(RegisterTable table, String recordId, AreaCode area) {
        return error("REF_UNKNOWN_AREA", table, recordId).field("area_code").value(area.toString())
                .message("area_code " + area + " is not in areas.csv");
    }

    /**
     * @param area an area of {@code areas.csv}
     * @param missing the areas above it that {@code areas.csv} lacks, from its parent up, not empty
     * @return {@code REF_UNKNOWN_PARENT_AREA} of the area, whose value is its parent's code
     */
    public static Finding.Builder unknownParentArea(AreaCode area, List<AreaCode> missing) {
        String named = missing.stream().map(a -> a.level().code() + " " + a).collect(Collectors.joining(" and "));
        return error("REF_UNKNOWN_PARENT_AREA", RegisterTable.AREAS, area.toString()).field("code")
                .value(missing.get(0).toString()).message("code " + area + " is under " + named + ", which "
                        + (missing.size() == 1 ? "is" : "are") + " not in areas.csv");
    }

    /**
     * @param table the table of the record
     * @param field the column naming the woman ({@code mother_id} or {@code woman_id})
     * @param recordId the record's id (the woman's, for tables without ids)
     * @param woman the id {@code women.csv} lacks
     * @return {@code REF_UNKNOWN_WOMAN}
     */
    public static Finding.Builder unknownWoman(RegisterTable table, String field, String recordId, String woman) {
        String shown = ResidentId.maskIfNumber(woman);
        return error("REF_UNKNOWN_WOMAN", table, recordId).field(field).value(shown)
                .message(field + " " + shown + " is not in women.csv");
    }

    /**
     * @param woman the woman's id
     * @param household the {@code household_id} that {@code households.csv} lacks
     * @return {@code REF_UNKNOWN_HOUSEHOLD} of the woman
     */
    public static Finding.Builder unknownHousehold(String woman, String household) {
        String shown = ResidentId.maskIfNumber(household);
        return error("REF_UNKNOWN_HOUSEHOLD", RegisterTable.WOMEN, woman).field("household_id").value(shown)
                .message("household_id " + shown + " is not in households.csv");
    }

    /**
     * @param birth the birth
     * @param age the mother's completed years on its date
     * @return {@code REF_MOTHER_AGE}
     */
    public static Finding.Builder motherAge(Birth birth, int age) {
        return error("REF_MOTHER_AGE", RegisterTable.BIRTHS, birth.id()).field("birth_date").value(birth.birthDate().toString())
                .message("the mother " + ResidentId.maskIfNumber(birth.motherId()) + " is " + age + " at this birth; a birth before she is "
                        + MIN_MOTHER_AGE + " or after the day she turns " + MAX_MOTHER_AGE + " is implausible");
    }

    /**
     * @param birth the first live birth of its mother, in date order, whose order is wrong
     * @param position its position among her live births in date order, 1 for the first
     * @return {@code REF_BIRTH_ORDER}
     */
    public static Finding.Builder birthOrder(Birth birth, int position) {
        int order = birth.birthOrder().getAsInt();
        return error("REF_BIRTH_ORDER", RegisterTable.BIRTHS, birth.id()).field("birth_order").value(Integer.toString(order))
                .message("live birth " + position + " of mother " + ResidentId.maskIfNumber(birth.motherId()) + " in date order has birth_order "
                        + order + "; expected " + position);
    }
}

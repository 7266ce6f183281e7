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
package io.github.fpkit.testkit;

import io.github.fpkit.model.ResidentId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Register folders whose every id (of women, mothers, households, births, pregnancies and
 * deaths) is a resident identity number — most of 18 characters, some legacy 15-digit ones —
 * and whose rows carry at least one of every error the CSV reader rejects a row for and every
 * finding the register validator reports, each about records keyed by such numbers: for
 * showing that no message, value or id a user sees gives a number away whole. The same seed
 * gives the same folder.
 *
 * <pre>{@code
 * Theories.qt().forAll(NumberedRegisters.folders()).checkAssert(f -> {
 *     f.write(dir);
 *     ValidationReport.of(CsvRegister.builder().open(dir)).problems()
 *             .forEach(p -> assertEquals(Optional.empty(), f.numberIn(p.message())));
 * });
 * }</pre>
 */
public final class NumberedRegisters {
    private static final String[] PREFIXES = {"110105", "440524", "330106", "510107", "230102"};
    private static final String VILLAGE = "990101001001";
    /** In no row of areas.csv. */
    private static final String UNKNOWN_AREA = "990101001009";

    private NumberedRegisters() {
    }

    /** @return folders drawn from a seed, each with every kind of error */
    public static Gen<Folder> folders() {
        return SourceDSL.longs().all().map(NumberedRegisters::folder);
    }

    /**
     * @param seed the seed
     * @return the folder of the seed
     */
    public static Folder folder(long seed) {
        return new Drawing(new Random(seed)).folder(seed);
    }

    /**
     * A register folder as CSV texts by file name, and every resident identity number in it
     * whole (each 15-digit one also in its 18-character form).
     *
     * @param seed the seed it was drawn from
     * @param files the CSV text of each file, by file name
     * @param numbers every number the folder holds, whole
     */
    public record Folder(long seed, Map<String, String> files, Set<String> numbers) {
        /**
         * @param text a text a user could see, not null
         * @return the first number of the folder that the text holds whole, if any
         */
        public Optional<String> numberIn(CharSequence text) {
            String s = text.toString();
            return numbers.stream().filter(s::contains).findFirst();
        }

        /**
         * Writes the files into a folder.
         *
         * @param folder an existing folder, not null
         * @throws UncheckedIOException if a file cannot be written
         */
        public void write(Path folder) {
            files.forEach((name, text) -> {
                try {
                    Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        @Override
        public String toString() {
            return "NumberedRegisters.folder(" + seed + "L)";
        }
    }

    /** One drawing: the numbers drawn so far, never twice the same. */
    private static final class Drawing {
        private final Random random;
        private final Set<String> numbers = new LinkedHashSet<>();

        Drawing(Random random) {
            this.random = random;
        }

        /** @return a new number whose embedded date is {@code born}: 18 characters, or a legacy 15 digits one time in four */
        private String number(LocalDate born, boolean woman) {
            while (true) {
                int sequence = random.nextInt(500) * 2 + (woman ? 0 : 1);
                String prefix = PREFIXES[random.nextInt(PREFIXES.length)];
                ResidentId id = ResidentId.of(prefix, born, sequence);
                String text = born.getYear() < 2000 && random.nextInt(4) == 0
                        ? prefix + id.fullNumber().substring(8, 14) + id.fullNumber().substring(14, 17) : id.fullNumber();
                if (numbers.add(text)) {
                    numbers.add(ResidentId.parse(text).fullNumber());
                    return text;
                }
            }
        }

        /** @return the number of a record (a birth, a household): any date from 1950 to 1999, either sex */
        private String recordNumber() {
            return number(LocalDate.of(1950, 1, 1).plusDays(random.nextInt(18_000)), random.nextBoolean());
        }

        private LocalDate bornOfAMother() {
            return LocalDate.of(1965, 1, 1).plusDays(random.nextInt(7_000));
        }

        Folder folder(long seed) {
            List<String> women = new ArrayList<>();
            List<String> households = new ArrayList<>();
            List<String> births = new ArrayList<>();
            List<String> pregnancies = new ArrayList<>();
            List<String> deaths = new ArrayList<>();
            List<String> contraception = new ArrayList<>();
            List<String> procedures = new ArrayList<>();
            List<String> checks = new ArrayList<>();
            List<String> distributions = new ArrayList<>();

            String household = recordNumber();
            households.add(household + "," + VILLAGE);
            households.add(household + "," + VILLAGE); // REF_DUPLICATE_ID, rejected by the reader
            households.add(recordNumber() + "," + UNKNOWN_AREA); // REF_UNKNOWN_AREA

            // Mothers in good standing, each with births in order; a few of them carry the births' errors.
            int mothers = 6 + random.nextInt(5);
            List<String> ids = new ArrayList<>();
            List<LocalDate> born = new ArrayList<>();
            for (int m = 0; m < mothers; m++) {
                LocalDate b = bornOfAMother();
                String id = number(b, true);
                ids.add(id);
                born.add(b);
                women.add(id + "," + ResidentId.parse(id).fullNumber() + "," + VILLAGE + "," + household + "," + b + ",married,"
                        + b.plusYears(22));
                births.add(recordNumber() + "," + id + "," + b.plusYears(24) + ",female,1,in,");
            }
            women.add(ids.get(0) + ",," + VILLAGE + ",," + born.get(0) + ",married,"); // REF_DUPLICATE_ID
            LocalDate other = bornOfAMother();
            women.add(number(other, true) + ",," + UNKNOWN_AREA + ",," + other + ",married,"); // REF_UNKNOWN_AREA
            other = bornOfAMother();
            women.add(number(other, true) + ",," + VILLAGE + "," + recordNumber() + "," + other + ",married,"); // REF_UNKNOWN_HOUSEHOLD
            other = bornOfAMother();
            // PLAUSIBILITY_RESIDENT_ID_MISMATCH: a man's number of another date
            women.add(number(other, true) + "," + ResidentId.parse(number(other.minusDays(40), false)).fullNumber() + "," + VILLAGE
                    + ",," + other + ",married,");
            other = bornOfAMother();
            // REF_DUPLICATE_RESIDENT_ID: the first mother's number again
            women.add(number(other, true) + "," + ResidentId.parse(ids.get(0)).fullNumber() + "," + VILLAGE + ",," + born.get(0)
                    + ",married,");
            other = bornOfAMother();
            String rejected = number(other, true);
            women.add(rejected + ",," + VILLAGE + ",," + other.getYear() + "-02-30,married,"); // a row error: not a real date
            other = bornOfAMother();
            String badNumber = number(other, true);
            String wrongCheck = ResidentId.parse(badNumber).fullNumber().substring(0, 17)
                    + (ResidentId.parse(badNumber).fullNumber().charAt(17) == '0' ? "1" : "0");
            numbers.add(wrongCheck);
            women.add(number(other, true) + "," + wrongCheck + "," + VILLAGE + ",," + other + ",married,"); // a row error: resident_id
            other = bornOfAMother();
            women.add(" " + number(other, true) + " ," + "," + VILLAGE + ",," + other + ",married,"); // an id padded with blanks
            women.add(",," + VILLAGE + ",," + other + ",married,"); // a blank id

            String m1 = ids.get(1);
            LocalDate b1 = born.get(1);
            births.add(recordNumber() + "," + m1 + "," + b1.plusYears(26) + ",male,3,in,"); // REF_BIRTH_ORDER
            births.add(recordNumber() + "," + m1 + "," + b1.plusYears(24).plusDays(100) + ",female,2,in,"); // BIRTH_INTERVAL, unordered
            String m2 = ids.get(2);
            births.add(recordNumber() + "," + m2 + "," + born.get(2).plusYears(8) + ",male,2,unknown,"); // REF_MOTHER_AGE and REF_BIRTH_ORDER
            String m3 = ids.get(3);
            procedures.add(m3 + ",female_sterilization," + born.get(3).plusYears(25));
            births.add(recordNumber() + "," + m3 + "," + born.get(3).plusYears(27) + ",male,2,in,"); // after sterilisation
            String m4 = ids.get(4);
            births.add(recordNumber() + "," + m4 + ",2017-03-01,female,2,in,");
            births.add(recordNumber() + "," + m4 + ",2018-06-01,female,3,in,"); // POLICY_CONTRADICTS_RULE: a third in 2018
            births.add(recordNumber() + "," + recordNumber() + "," + born.get(5).plusYears(30) + ",male,1,in,"); // REF_UNKNOWN_WOMAN
            String repeated = recordNumber();
            births.add(repeated + "," + ids.get(5) + "," + born.get(5).plusYears(29) + ",male,2,in,");
            births.add(repeated + "," + ids.get(5) + "," + born.get(5).plusYears(31) + ",male,3,in,"); // REF_DUPLICATE_ID
            births.add(recordNumber() + "," + ids.get(5) + "," + born.get(5).plusYears(33) + ",boy,4,in,"); // a row error: sex
            births.add(recordNumber() + "," + rejected + "," + other.plusYears(25) + ",male,1,in,"); // a rejected mother's
            births.add(recordNumber() + "," + rejected + "," + other.plusYears(27) + ",male,2,in,");

            String pregnancy = recordNumber();
            pregnancies.add(pregnancy + "," + ids.get(0) + "," + born.get(0).plusYears(30) + ",induced_abortion,"
                    + born.get(0).plusYears(30).minusDays(20)); // PLAUSIBILITY_OUTCOME_BEFORE_START
            pregnancies.add(pregnancy + "," + ids.get(0) + "," + born.get(0).plusYears(31) + ",ongoing,"); // REF_DUPLICATE_ID
            pregnancies.add(recordNumber() + "," + recordNumber() + "," + born.get(0).plusYears(31) + ",ongoing,"); // unknown woman
            String death = recordNumber();
            deaths.add(death + "," + UNKNOWN_AREA + ",2009-03-01");
            deaths.add(death + "," + VILLAGE + ",2009-04-01");
            String stranger = recordNumber();
            contraception.add(stranger + ",iud,2008-01-01,");
            contraception.add(ids.get(6 % mothers) + ",iud,2008-01-01,2008-13-01");
            procedures.add(recordNumber() + ",iud_insertion,2008-01-01");
            checks.add(recordNumber() + ",2009-01-01,iud_check");
            checks.add(ids.get(0) + ",2009-01-01,xray");
            distributions.add(recordNumber() + ",,2009-01-01,condom,10");
            distributions.add(ids.get(0) + ",,2009-01-01,condom,0");

            Collections.shuffle(births.subList(mothers, births.size()), random);
            Map<String, String> files = new LinkedHashMap<>();
            files.put("areas.csv", "code,name\n990101000000,县\n990101001000,乡\n" + VILLAGE + ",村\n");
            files.put("population.csv", "area_code,period,average_population\n" + VILLAGE + ",2009SY,300\n" + VILLAGE + ",2009SY,310\n");
            files.put("households.csv", table("id,area_code", households));
            files.put("women.csv", table("id,resident_id,area_code,household_id,birth_date,marital_status,marriage_date", women));
            files.put("births.csv", table("id,mother_id,birth_date,sex,birth_order,policy,birth_permit", births));
            files.put("pregnancies.csv", table("id,woman_id,start_date,outcome,outcome_date", pregnancies));
            files.put("deaths.csv", table("id,area_code,death_date", deaths));
            files.put("contraception.csv", table("woman_id,method,start_date,end_date", contraception));
            files.put("procedures.csv", table("woman_id,type,date", procedures));
            files.put("health_checks.csv", table("woman_id,date,kind", checks));
            files.put("distributions.csv", table("woman_id,area_code,date,method,quantity", distributions));
            return new Folder(seed, Collections.unmodifiableMap(files), Collections.unmodifiableSet(numbers));
        }

        private static String table(String header, List<String> rows) {
            return header + "\n" + String.join("\n", rows) + "\n";
        }
    }
}

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
package io.github.fpkit.synthetic;

import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.AreaLevel;
import io.github.fpkit.model.ReportingPeriod;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What {@link RegisterGenerator} generates: how many women, in how many villages of one
 * county, for which statistical year, from which seed. The options map one to one onto
 * {@code fp generate OUT --women N [--villages N] [--seed S]}.
 *
 * <p>Villages are numbered {@code CCCCCCTTTVVV} under the county code and grouped into
 * townships of {@link #villagesPerTownship()} villages; areas are named in Chinese:
 * township {@code 第1乡}, village {@code 1乡1村}. The register's activity (births,
 * checks, population counts) is concentrated on the statistical year {@link #period()},
 * whose last day is the reference date of the women's marital status; no event lies
 * after it.
 *
 * <pre>{@code
 * GeneratorSettings s = GeneratorSettings.builder()
 *     .women(3_000_000)
 *     .seed(7)
 *     .build();
 * s.villages();   // 10000: one village per 300 women unless set
 * s.townships();  // 834
 * s.period();     // 2009SY
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class GeneratorSettings {
    /** Women per village when the number of villages is not set. */
    public static final int DEFAULT_WOMEN_PER_VILLAGE = 300;
    /** Villages per township when not set. */
    public static final int DEFAULT_VILLAGES_PER_TOWNSHIP = 12;
    /** The statistical year when not set: 2009SY, 2008-10-01 to 2009-09-30. */
    public static final int DEFAULT_STATISTICAL_YEAR = 2009;
    /** The seed when not set. */
    public static final long DEFAULT_SEED = 1L;
    /** The county code when not set: {@code 990102000000} (99 is no real province). */
    public static final AreaCode DEFAULT_COUNTY = AreaCode.of("990102000000");
    /** The county name when not set: 模拟县, "simulated county". */
    public static final String DEFAULT_COUNTY_NAME = "模拟县";
    /** The largest number of women: ids and counts stay far from any integer limit. */
    public static final int MAX_WOMEN = 50_000_000;
    /** The first statistical year supported. */
    public static final int MIN_STATISTICAL_YEAR = 1990;
    /** The last statistical year supported. */
    public static final int MAX_STATISTICAL_YEAR = 2100;

    /** Three digits each for township and village in the area code, and 000 is the parent. */
    private static final int MAX_PER_LEVEL = 999;

    private final int women;
    private final int villages;
    private final int villagesPerTownship;
    private final long seed;
    private final int statisticalYear;
    private final AreaCode county;
    private final String countyName;

    private GeneratorSettings(Builder b, int villages) {
        this.women = b.women;
        this.villages = villages;
        this.villagesPerTownship = b.villagesPerTownship;
        this.seed = b.seed;
        this.statisticalYear = b.statisticalYear;
        this.county = b.county;
        this.countyName = b.countyName;
    }

    /** @return a new builder with the defaults above; {@link Builder#women(int)} must be set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the number of women, 1 to {@link #MAX_WOMEN} */
    public int women() {
        return women;
    }

    /** @return the number of villages, 1 or more; a village may hold no woman if there are more villages than women */
    public int villages() {
        return villages;
    }

    /** @return the number of villages per township (the last township may have fewer), 1 to 999 */
    public int villagesPerTownship() {
        return villagesPerTownship;
    }

    /** @return the number of townships, 1 to 999 */
    public int townships() {
        return (villages + villagesPerTownship - 1) / villagesPerTownship;
    }

    /** @return the seed; equal settings give identical registers */
    public long seed() {
        return seed;
    }

    /** @return the year the statistical year ends in, {@link #MIN_STATISTICAL_YEAR} to {@link #MAX_STATISTICAL_YEAR} */
    public int statisticalYear() {
        return statisticalYear;
    }

    /** @return the statistical year, for example 2008-10-01/2009-09-30 for 2009 */
    public ReportingPeriod period() {
        return ReportingPeriod.statisticalYear(statisticalYear);
    }

    /** @return the register's reference date, the last day of {@link #period()} */
    public LocalDate referenceDate() {
        return period().referenceDate();
    }

    /** @return the county code, of level {@link AreaLevel#COUNTY} */
    public AreaCode county() {
        return county;
    }

    /** @return the county's name, not blank */
    public String countyName() {
        return countyName;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof GeneratorSettings)) {
            return false;
        }
        GeneratorSettings s = (GeneratorSettings) o;
        return women == s.women && villages == s.villages && villagesPerTownship == s.villagesPerTownship
                && seed == s.seed && statisticalYear == s.statisticalYear && county.equals(s.county)
                && countyName.equals(s.countyName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(women, villages, villagesPerTownship, seed, statisticalYear, county, countyName);
    }

    @Override
    public String toString() {
        return "GeneratorSettings{women=" + women + ", villages=" + villages + ", villagesPerTownship="
                + villagesPerTownship + ", seed=" + seed + ", period=" + period() + ", county=" + county
                + " " + countyName + "}";
    }

    /**
     * Builds {@link GeneratorSettings}; every value is checked in {@link #build()}. Not thread-safe.
     */
    public static final class Builder {
        private int women = -1;
        private int villages;
        private int villagesPerTownship = DEFAULT_VILLAGES_PER_TOWNSHIP;
        private long seed = DEFAULT_SEED;
        private int statisticalYear = DEFAULT_STATISTICAL_YEAR;
        private AreaCode county = DEFAULT_COUNTY;
        private String countyName = DEFAULT_COUNTY_NAME;

        private Builder() {
        }

        /**
         * @param women the number of women, 1 to {@link #MAX_WOMEN}; required
         * @return this builder
         */
        public Builder women(int women) {
            this.women = women;
            return this;
        }

        /**
         * @param villages the number of villages, 1 or more; 0 (the default) means one
         *     per {@link #DEFAULT_WOMEN_PER_VILLAGE} women, at least one
         * @return this builder
         */
        public Builder villages(int villages) {
            this.villages = villages;
            return this;
        }

        /**
         * @param villagesPerTownship villages per township, 1 to 999
         * @return this builder
         */
        public Builder villagesPerTownship(int villagesPerTownship) {
            this.villagesPerTownship = villagesPerTownship;
            return this;
        }

        /**
         * @param seed any value
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * @param year the year the statistical year ends in, {@link #MIN_STATISTICAL_YEAR}
         *     to {@link #MAX_STATISTICAL_YEAR}
         * @return this builder
         */
        public Builder statisticalYear(int year) {
            this.statisticalYear = year;
            return this;
        }

        /**
         * @param county a county code ({@code CCCCCC000000}), not null
         * @param name the county's name, not blank
         * @return this builder
         */
        public Builder county(AreaCode county, String name) {
            this.county = Objects.requireNonNull(county, "county");
            this.countyName = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * @return the settings
         * @throws IllegalArgumentException naming the setting, its value and the reason, if
         *     the number of women was not set or a value is out of range, if the county code
         *     is not of county level or its name is blank, or if the villages need more than
         *     999 townships
         */
        public GeneratorSettings build() {
            require(women >= 1 && women <= MAX_WOMEN, "women", women, "must be 1 to " + MAX_WOMEN);
            require(villages >= 0, "villages", villages, "must be 1 or more (0 for the default)");
            require(villagesPerTownship >= 1 && villagesPerTownship <= MAX_PER_LEVEL, "villagesPerTownship",
                    villagesPerTownship, "must be 1 to " + MAX_PER_LEVEL);
            require(statisticalYear >= MIN_STATISTICAL_YEAR && statisticalYear <= MAX_STATISTICAL_YEAR,
                    "statisticalYear", statisticalYear,
                    "must be " + MIN_STATISTICAL_YEAR + " to " + MAX_STATISTICAL_YEAR);
            if (county.level() != AreaLevel.COUNTY) {
                throw new IllegalArgumentException("county '" + county + "': must be a county code CCCCCC000000");
            }
            if (countyName.isBlank()) {
                throw new IllegalArgumentException("countyName '" + countyName + "': must not be blank");
            }
            int resolved = villages > 0 ? villages
                    : Math.max(1, (women + DEFAULT_WOMEN_PER_VILLAGE - 1) / DEFAULT_WOMEN_PER_VILLAGE);
            long townships = ((long) resolved + villagesPerTownship - 1) / villagesPerTownship;
            require(townships <= MAX_PER_LEVEL, "villages", resolved, "need " + townships
                    + " townships of " + villagesPerTownship + " villages; at most " + MAX_PER_LEVEL + " fit a county code");
            return new GeneratorSettings(this, resolved);
        }

        private static void require(boolean condition, String setting, long value, String reason) {
            if (!condition) {
                throw new IllegalArgumentException(setting + " '" + value + "': " + reason);
            }
        }
    }
}

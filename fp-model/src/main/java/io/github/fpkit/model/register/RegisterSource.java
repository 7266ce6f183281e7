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

import io.github.fpkit.model.Area;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.Death;
import io.github.fpkit.model.Distribution;
import io.github.fpkit.model.HealthCheck;
import io.github.fpkit.model.Household;
import io.github.fpkit.model.PopulationCount;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.Woman;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A register as one stream per table, so that indicators can run over files far larger
 * than memory. Implemented by the in-memory {@link Register} and by fp-io's CSV register
 * folder.
 *
 * <p>Each call opens a new stream over the table; streams of a file-backed source hold
 * the file open until closed, so use try-with-resources:
 * <pre>{@code
 * try (Stream<Birth> births = source.births()) {
 *     births.filter(Birth::isLive).count();
 * }
 * }</pre>
 * A table that the source does not have ({@link #tables()}) streams empty; indicators
 * that need it are reported as not available rather than zero.
 *
 * <p>In the tables with a {@link RecordKey}, the first row of a key counts. A source that
 * drops the later rows itself says so ({@link #rejectsDuplicates()}, as fp-io's CSV folder
 * does, reporting each as a rejected row); of any other source, fpkit's engine drops them
 * as it reads. A source that wraps another (to count progress, say) delegates
 * {@link #rejectsDuplicates()} and {@link #rowCounts(RegisterTable)} to it.
 */
public interface RegisterSource {
    /** @return the tables this source has; always contains {@link RegisterTable#WOMEN} */
    Set<RegisterTable> tables();

    /**
     * @param table a table, not null
     * @return true if this source has the table
     */
    default boolean has(RegisterTable table) {
        return tables().contains(table);
    }

    /**
     * @return true if this source's streams never give a row whose {@link RecordKey} an
     *         earlier row of the table has (the first row counts); false by default, and
     *         then readers that need unique keys drop such rows themselves
     */
    default boolean rejectsDuplicates() {
        return false;
    }

    /**
     * The rows of a table as the source read them, for sources that read rows and can
     * reject them (a file); empty by default, for sources of records.
     *
     * @param table a table, not null
     * @return the counts of the table's last pass that reached its end, or empty if the
     *         source keeps no counts or has not read the table to its end
     */
    default Optional<RowCounts> rowCounts(RegisterTable table) {
        return Optional.empty();
    }

    /** @return the areas; close after use */
    Stream<Area> areas();

    /** @return the population counts; close after use */
    Stream<PopulationCount> populationCounts();

    /** @return the women; close after use */
    Stream<Woman> women();

    /** @return the births; close after use */
    Stream<Birth> births();

    /** @return the deaths; close after use */
    Stream<Death> deaths();

    /** @return the contraceptive episodes; close after use */
    Stream<ContraceptiveEpisode> contraceptiveEpisodes();

    /** @return the pregnancies; close after use */
    Stream<Pregnancy> pregnancies();

    /** @return the procedures; close after use */
    Stream<Procedure> procedures();

    /** @return the health checks; close after use */
    Stream<HealthCheck> healthChecks();

    /** @return the households; close after use */
    Stream<Household> households();

    /**
     * The distributions of contraceptive commodities ({@code distributions.csv}). A default
     * method, added after the other tables, so that sources written before it keep
     * compiling: it streams nothing, and such a source should not list
     * {@link RegisterTable#DISTRIBUTIONS} in {@link #tables()}. A source that has the
     * table overrides it, and a source that wraps another delegates it.
     *
     * @return the distributions; close after use
     */
    default Stream<Distribution> distributions() {
        return Stream.empty();
    }
}

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
package io.github.fpkit.bench;

import io.github.fpkit.model.ReportingPeriod;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The peer: an in-memory DuckDB computing, by SQL over the same CSV files, the same
 * numerators and denominators as fpkit's catalogue by village, township and county
 * ({@code catalogue.sql} next to this class). Each run opens a fresh database, so nothing
 * is cached between runs.
 */
final class DuckDbPeer {
    private static final String SCRIPT = "catalogue.sql";

    private DuckDbPeer() {
    }

    /**
     * Runs the catalogue query and reads every cell of its result.
     *
     * @param folder the register folder
     * @param period the reporting period
     * @param threads DuckDB's worker threads
     * @return the result: one row per area, its counters by column name
     */
    static AreaCounters run(Path folder, ReportingPeriod period, int threads) {
        return query(folder, period, threads, AreaCounters::of);
    }

    /** Reads the result of the catalogue query. */
    interface ResultReader<T> {
        /**
         * @param result the query's result, positioned before its first row
         * @return what was read
         * @throws SQLException if DuckDB fails
         */
        T read(ResultSet result) throws SQLException;
    }

    /**
     * Runs the catalogue query in a fresh in-memory database.
     *
     * @param folder the register folder
     * @param period the reporting period
     * @param threads DuckDB's worker threads
     * @param reader what reads the result
     * @return what the reader read
     */
    static <T> T query(Path folder, ReportingPeriod period, int threads, ResultReader<T> reader) {
        List<String> statements = statements(folder, period);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET threads = " + threads);
            s.execute("SET preserve_insertion_order = false");
            for (int i = 0; i < statements.size() - 1; i++) {
                s.execute(statements.get(i));
            }
            try (ResultSet rs = s.executeQuery(statements.get(statements.size() - 1))) {
                return reader.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB failed on " + folder + ": " + e.getMessage(), e);
        }
    }

    /** @return the statements of the script, its placeholders filled in */
    static List<String> statements(Path folder, ReportingPeriod period) {
        String sql;
        try (InputStream in = DuckDbPeer.class.getResourceAsStream(SCRIPT)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(SCRIPT + ": " + e.getMessage(), e);
        }
        sql = sql.replace("${folder}", folder.toAbsolutePath().toString().replace("'", "''"))
                .replace("${start}", period.start().toString())
                .replace("${end}", period.end().toString())
                .replace("${period}", period.toString());
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                statements.add(current.toString().strip().replaceAll(";$", ""));
                current.setLength(0);
            }
        }
        return statements;
    }
}

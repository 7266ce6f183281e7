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
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/**
 * DuckDB as a whole process, the peer of a cold {@code fp indicators} run: a new JVM opens
 * an in-memory DuckDB, runs {@code catalogue.sql} over the register's CSV files and writes
 * every cell of the result (one row per area of every level) as CSV to standard output,
 * as {@code fp} writes its results.
 *
 * <pre>
 * java -cp fp-bench/target/benchmarks.jar io.github.fpkit.bench.DuckDbProcess DIR 2009SY 2 &gt; counters.csv
 * </pre>
 */
public final class DuckDbProcess {
    private DuckDbProcess() {
    }

    /**
     * @param args the register folder, the period and DuckDB's threads
     */
    public static void main(String[] args) {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: DuckDbProcess DIR PERIOD THREADS");
        }
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        long rows = DuckDbPeer.query(Path.of(args[0]), ReportingPeriod.parse(args[1]), Integer.parseInt(args[2]),
                rs -> write(rs, out));
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.err.println(rows + " areas");
    }

    private static long write(ResultSet rs, Writer out) throws SQLException {
        try {
            ResultSetMetaData meta = rs.getMetaData();
            int columns = meta.getColumnCount();
            for (int c = 1; c <= columns; c++) {
                out.write(c > 1 ? "," : "");
                out.write(meta.getColumnLabel(c));
            }
            out.write('\n');
            long rows = 0;
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    out.write(c > 1 ? "," : "");
                    Object value = rs.getObject(c);
                    out.write(value == null ? "" : value.toString());
                }
                out.write('\n');
                rows++;
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

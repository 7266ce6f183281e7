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

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counters (numerators and denominators) of every area, as the DuckDB peer returns
 * them: area code → counter name → value. Used to consume the peer's whole result and to
 * compare it with fpkit's.
 */
final class AreaCounters {
    private final Map<Long, Map<String, Double>> byArea;

    private AreaCounters(Map<Long, Map<String, Double>> byArea) {
        this.byArea = byArea;
    }

    /** Reads every row and column of a result whose first column is the area code. */
    static AreaCounters of(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int n = meta.getColumnCount();
        List<String> names = new ArrayList<>();
        for (int c = 2; c <= n; c++) {
            names.add(meta.getColumnLabel(c).replaceFirst("^sum\\((.*)\\)$", "$1"));
        }
        Map<Long, Map<String, Double>> byArea = new TreeMap<>();
        while (rs.next()) {
            Map<String, Double> row = new LinkedHashMap<>();
            for (int c = 2; c <= n; c++) {
                double v = rs.getDouble(c);
                row.put(names.get(c - 2), rs.wasNull() ? null : v);
            }
            byArea.put(rs.getLong(1), row);
        }
        return new AreaCounters(Collections.unmodifiableMap(byArea));
    }

    /** @return the number of areas */
    int areas() {
        return byArea.size();
    }

    /** @return area code → counter → value (null where no record of the area had the counter) */
    Map<Long, Map<String, Double>> byArea() {
        return byArea;
    }
}

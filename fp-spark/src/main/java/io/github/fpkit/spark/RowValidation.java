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
package io.github.fpkit.spark;

import io.github.fpkit.io.csv.CsvRowReader;
import io.github.fpkit.io.csv.CsvTable;
import io.github.fpkit.model.Birth;
import io.github.fpkit.model.ContraceptiveEpisode;
import io.github.fpkit.model.Distribution;
import io.github.fpkit.model.HealthCheck;
import io.github.fpkit.model.Household;
import io.github.fpkit.model.InvalidValueException;
import io.github.fpkit.model.Pregnancy;
import io.github.fpkit.model.Procedure;
import io.github.fpkit.model.ResidentId;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.RegisterTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Validates each row of one table by fpkit's types ({@link CsvRowReader}), on the
 * executors: an accepted row keeps its cells and gets its join key (the woman's id for
 * her own row and her events, the household's id for a household); a rejected row gets
 * the column, the value and the reason. Every row read comes out once, accepted or
 * rejected. The cells are parsed again where the records are needed, since fpkit's
 * records are not Spark types.
 */
final class RowValidation implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    /** The rows out of validation. */
    static final StructType SCHEMA = new StructType()
            .add("table", DataTypes.StringType, false)
            .add("rejected", DataTypes.BooleanType, false)
            .add("key", DataTypes.StringType, true)
            .add("order", DataTypes.LongType, false)
            .add("cells", DataTypes.createArrayType(DataTypes.StringType, true), false)
            .add("file", DataTypes.StringType, false)
            .add("column", DataTypes.StringType, true)
            .add("value", DataTypes.StringType, true)
            .add("reason", DataTypes.StringType, true)
            .add("text", DataTypes.StringType, true)
            .add("recordKey", DataTypes.StringType, true);

    private static final Pattern RESIDENT_ID = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9Xx])|(?<![0-9])[0-9]{15}(?![0-9])");

    private final RegisterTable table;
    private final List<String> header;

    /**
     * @param table the table of the rows
     * @param header the header cells, in the order of the rows' first columns
     */
    RowValidation(RegisterTable table, List<String> header) {
        this.table = table;
        this.header = new ArrayList<>(header);
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        CsvRowReader<?> reader = CsvRowReader.of(CsvTable.of(table), header);
        int width = header.size();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row row = rows.next();
                String[] cells = new String[width];
                for (int c = 0; c < width; c++) {
                    cells[c] = row.isNullAt(c) ? "" : row.getString(c);
                }
                String corrupt = row.getString(width);
                String file = row.getString(width + 1);
                long order = row.getLong(width + 2);
                if (corrupt != null) {
                    return rejected(reader, order, cells, file, null, "", "the row does not split into the header's " + width + " cells", corrupt);
                }
                try {
                    Object record = reader.read(Arrays.asList(cells));
                    return RowFactory.create(table.code(), false, key(record), order, cells, file, null, null, null, null,
                            recordKey(reader, record));
                } catch (InvalidValueException e) {
                    return rejected(reader, order, cells, file, e.field().isEmpty() ? null : e.field(), e.value(), e.reason(), null);
                }
            }
        };
    }

    /** A rejected row keeps no cells, and its text shows resident identity numbers masked. */
    private Row rejected(CsvRowReader<?> reader, long order, String[] cells, String file, String column, String value, String reason,
            String text) {
        String shown = text != null ? maskIds(text) : String.join(",", reader.masked(Arrays.asList(cells)));
        return RowFactory.create(table.code(), true, null, order, new String[0], file, column, value, reason, shown, null);
    }

    /** @return the key no two rows of the table may share, or null for a table of events */
    @SuppressWarnings("unchecked")
    private static <T> String recordKey(CsvRowReader<T> reader, Object record) {
        return reader.key((T) record).orElse(null);
    }

    /** Masks every run of characters that could be a resident identity number (15 digits, or 17 and a check character). */
    static String maskIds(String text) {
        return RESIDENT_ID.matcher(text).replaceAll(m -> ResidentId.mask(m.group()));
    }

    /** @return the key a record joins on: its woman (or mother, or the woman a distribution names), its household's own id, or none */
    static String key(Object record) {
        if (record instanceof Woman) {
            return ((Woman) record).id();
        } else if (record instanceof Birth) {
            return ((Birth) record).motherId();
        } else if (record instanceof ContraceptiveEpisode) {
            return ((ContraceptiveEpisode) record).womanId();
        } else if (record instanceof Pregnancy) {
            return ((Pregnancy) record).womanId();
        } else if (record instanceof Procedure) {
            return ((Procedure) record).womanId();
        } else if (record instanceof HealthCheck) {
            return ((HealthCheck) record).womanId();
        } else if (record instanceof Household) {
            return ((Household) record).id();
        } else if (record instanceof Distribution) {
            // A distribution without a woman counts in its own area, as a death does: it joins nothing.
            return ((Distribution) record).womanId().orElse(null);
        }
        return null;
    }
}

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
package io.github.fpkit.io.csv;

import io.github.fpkit.io.internal.CellException;
import io.github.fpkit.io.internal.ColumnBinding;
import io.github.fpkit.io.internal.Schema;
import io.github.fpkit.model.InvalidValueException;
import io.github.fpkit.model.ResidentId;
import io.github.fpkit.model.register.RecordKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads records of one table from rows already split into text cells, with the rules of
 * the register format: for a distributed engine whose own CSV or Parquet reader splits the
 * rows (fp-spark), so that each row is validated by fpkit's types exactly as
 * {@link CsvRegister} validates it. The header may name the columns in English or Chinese,
 * in any order; unknown columns are ignored.
 *
 * <pre>{@code
 * CsvRowReader<Woman> women = CsvRowReader.of(CsvTable.WOMEN, List.of("编号", "出生日期", …));
 * Woman w = women.read(List.of("W1", "1980-05-01", …));   // or InvalidValueException naming the column
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the record type
 */
public final class CsvRowReader<T> {
    private final CsvTable<T> table;
    private final List<String> header;
    private final int[] fieldOfColumn;

    private CsvRowReader(CsvTable<T> table, List<String> header, int[] fieldOfColumn) {
        this.table = table;
        this.header = header;
        this.fieldOfColumn = fieldOfColumn;
    }

    /**
     * @param <T> the record type
     * @param table the table, not null
     * @param header the header's cells, in file order, not null
     * @return a reader of rows under that header
     * @throws IllegalArgumentException if two cells name one column, or a required column is missing (the message names them)
     */
    public static <T> CsvRowReader<T> of(CsvTable<T> table, List<String> header) {
        Objects.requireNonNull(table, "table");
        List<String> cells = List.copyOf(header);
        Schema<T, ?> schema = table.schema();
        int[] fieldOfColumn = new int[cells.size()];
        int[] columnOfField = new int[schema.fields().size()];
        Arrays.fill(columnOfField, -1);
        for (int c = 0; c < cells.size(); c++) {
            int f = schema.fieldOfHeader(cells.get(c));
            fieldOfColumn[c] = f;
            if (f >= 0 && columnOfField[f] >= 0) {
                throw new IllegalArgumentException("columns '" + cells.get(columnOfField[f]).strip() + "' and '" + cells.get(c).strip()
                        + "' both name column " + schema.fields().get(f).name());
            }
            if (f >= 0) {
                columnOfField[f] = c;
            }
        }
        List<String> missing = new ArrayList<>();
        for (int f = 0; f < columnOfField.length; f++) {
            ColumnBinding<T, ?, ?> field = schema.fields().get(f);
            if (field.requiredColumn() && columnOfField[f] < 0) {
                missing.add(field.name() + (field.aliases().isEmpty() ? "" : " (" + String.join("/", field.aliases()) + ")"));
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("missing required column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
        }
        return new CsvRowReader<>(table, cells, fieldOfColumn);
    }

    /** @return the table */
    public CsvTable<T> table() {
        return table;
    }

    /** @return the header's cells; unmodifiable */
    public List<String> header() {
        return header;
    }

    /**
     * @param cells the row's cells, one per header cell; a null cell is empty
     * @return the record
     * @throws InvalidValueException if the row is not a valid record: its field is the
     *         column's canonical name (empty for the whole row), its value the cell
     *         (masked if it is a resident identity number) and its reason why
     */
    public T read(List<String> cells) {
        return read(table.schema(), cells);
    }

    private <B> T read(Schema<T, B> schema, List<String> cells) {
        checkControls(schema, cells);
        if (cells.size() != fieldOfColumn.length) {
            throw new InvalidValueException("", "", "the row has " + cells.size() + " cells but the header has " + fieldOfColumn.length);
        }
        B builder = schema.newBuilder();
        Object[] derived = null;
        for (int c = 0; c < fieldOfColumn.length; c++) {
            int f = fieldOfColumn[c];
            if (f < 0) {
                continue;
            }
            ColumnBinding<T, B, ?> field = schema.fields().get(f);
            String cell = cells.get(c) == null ? "" : cells.get(c);
            if (field.isAbsent(cell)) {
                if (field.required()) {
                    throw new InvalidValueException(field.name(), "", "is required");
                }
                continue;
            }
            try {
                Object value = field.parseInto(builder, cell);
                if (field.derived()) {
                    derived = derived == null ? new Object[schema.fields().size()] : derived;
                    derived[f] = value;
                }
            } catch (CellException | InvalidValueException e) {
                throw new InvalidValueException(field.name(), shown(field, cell), reason(e));
            }
        }
        try {
            return schema.build(builder, derived);
        } catch (InvalidValueException e) {
            int f = schema.fieldOfName(e.field());
            int c = -1;
            for (int i = 0; i < fieldOfColumn.length && f >= 0; i++) {
                c = fieldOfColumn[i] == f ? i : c;
            }
            String value = c < 0 ? ControlCharacters.shown(e.value())
                    : shown(schema.fields().get(f), cells.get(c) == null ? "" : cells.get(c));
            throw new InvalidValueException(e.field(), value, e.reason());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidValueException("", "", e.getMessage());
        }
    }

    /**
     * Rejects a row with a control character in a cell, as {@link CsvRegister} does: naming
     * the cell's column and showing it when the row lines up with the header, else only the
     * cell's place.
     */
    private void checkControls(Schema<T, ?> schema, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c) == null ? "" : cells.get(c);
            int at = ControlCharacters.firstForbidden(cell);
            if (at < 0) {
                continue;
            }
            String reason = ControlCharacters.reason(cell.charAt(at));
            int f = cells.size() == fieldOfColumn.length ? fieldOfColumn[c] : -1;
            if (f < 0) {
                throw new InvalidValueException("", "", "cell " + (c + 1) + " " + reason);
            }
            ColumnBinding<T, ?, ?> field = schema.fields().get(f);
            throw new InvalidValueException(field.name(), shown(field, cell), reason);
        }
    }

    /**
     * The key no two rows of the table may share (the register format's rule: the first
     * row of a key counts, every later one is left out), for an engine that finds the
     * repeats itself.
     *
     * @param record a record of this table, not null
     * @return its key (see {@link RecordKey}), or empty for the tables of events, whose rows have no identity
     */
    public Optional<String> key(T record) {
        Objects.requireNonNull(record, "record");
        return RecordKey.of(table.table()).map(k -> k.of(record));
    }

    /**
     * @param record a record of this table whose key an earlier row has, not null
     * @return why the row is left out, worded as the reader's row error, its first row named
     *         "an earlier row" (the caller may know no line)
     * @throws IllegalArgumentException if the table's rows have no key
     */
    public InvalidValueException repeated(T record) {
        RecordKey k = RecordKey.of(table.table()).orElseThrow(() -> new IllegalArgumentException(table + " has no key"));
        String column = DuplicateKey.column(k);
        return new InvalidValueException(column == null ? "" : column, ResidentId.maskIfNumber(k.of(record)),
                DuplicateKey.reason(k, "an earlier row"));
    }

    /**
     * @param cells a row's cells, one per header cell; a null cell is empty
     * @return the cells as a user may see them: a resident identity number masked
     */
    public List<String> masked(List<String> cells) {
        List<String> shown = new ArrayList<>(cells.size());
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c) == null ? "" : cells.get(c);
            int f = c < fieldOfColumn.length ? fieldOfColumn[c] : -1;
            shown.add(f >= 0 && table.schema().fields().get(f).personal() ? ResidentId.mask(cell) : cell);
        }
        return shown;
    }

    private static String reason(RuntimeException e) {
        return e instanceof InvalidValueException ? ((InvalidValueException) e).reason() : ((CellException) e).reason();
    }

    /** @return a cell as an error shows it: masked if personal, control characters escaped, cut if long */
    private static String shown(ColumnBinding<?, ?, ?> field, String cell) {
        return ControlCharacters.shown(field.personal() ? ResidentId.mask(cell) : cell);
    }
}

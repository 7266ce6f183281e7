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
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * One pass over one CSV file (or a byte range of it) with a {@link CsvTokenizer}: the
 * header is matched to the schema's columns, then each row becomes a record or a
 * {@link RowError}. The file is opened on the first {@link #hasNext()} and closed by
 * {@link #close()} or at its end. Used by one thread at a time.
 *
 * @param <T> the record type
 * @param <B> the builder type
 */
final class TableReader<T, B> implements Iterator<T>, AutoCloseable {
    /** More header cells than any register table has columns: the file is not a register table. */
    static final int MAX_HEADER_CELLS = 1024;

    private final Path path;
    private final String file;
    private final Schema<T, B> schema;
    private final ReadSettings settings;
    private final PassReport pass;
    private final List<ColumnBinding<T, B, ?>> fields;
    /** The byte range read: a part of the file read by its own thread, or the whole file. */
    private final long from;
    private final long to;
    /** Physical lines before the range, added to the parser's line numbers. */
    private final long linesBefore;
    /** The header read from the start of the file, for a part that starts after it; else null. */
    private final Header knownHeader;

    /** The initial size of the tokenizer's buffer. */
    private final int bufferSize;
    private CsvTokenizer tokens;
    private boolean opened;
    private boolean closed;
    /** The field of each file column, or -1 for an unknown column. */
    private int[] fieldOfColumn;
    /** The file column of each field, or -1 if the file lacks it. */
    private int[] columnOfField;
    private String[] cells;
    /** For each known column, the values last parsed in it; null for unknown columns. */
    private CellMemo[] memos;
    /** The value of each cell of the current row recalled from its column's memo, or null. */
    private Object[] values;
    /** For each column, true if its type parses ASCII bytes, so that plain cells need no string. */
    private boolean[] byBytes;
    private int cellCount;
    /** True if the current row has a non-empty cell beyond those kept. */
    private boolean extraContent;
    private long line;
    private T next;

    TableReader(Path path, Schema<T, B> schema, ReadSettings settings, PassReport pass) {
        this(path, schema, settings, pass, 0, -1, 1, null, ByteRangeBuffer.DEFAULT_SIZE);
    }

    /**
     * @param from the first byte read; 0, or the start of a row after the header
     * @param to the byte after the last read, or -1 for the end of the file
     * @param firstLine the physical line number at {@code from}
     * @param header the file's header when {@code from} is not 0; null when reading from the start
     * @param bufferSize the initial size of the read buffer, 1 or more (small only in tests)
     */
    TableReader(Path path, Schema<T, B> schema, ReadSettings settings, PassReport pass, long from, long to,
            long firstLine, Header header, int bufferSize) {
        this.bufferSize = bufferSize;
        this.from = from;
        this.to = to;
        this.linesBefore = firstLine - 1;
        this.knownHeader = header;
        this.path = path;
        this.file = path.toString();
        this.schema = schema;
        this.settings = settings;
        this.pass = pass;
        this.fields = schema.fields();
    }

    /** Opens the file and reads the header, so that a missing column fails before any row is read. */
    void open() {
        if (opened) {
            return;
        }
        opened = true;
        try {
            tokens = new CsvTokenizer(path, file, settings.charset, from, to, linesBefore + 1, settings.maxCellLength,
                    settings.maxLineLength, bufferSize);
            if (knownHeader == null) {
                readHeader();
            } else {
                fieldOfColumn = knownHeader.fieldOfColumn;
                columnOfField = knownHeader.columnOfField;
                cells = new String[fieldOfColumn.length];
                memos = memos(fieldOfColumn);
                values = new Object[fieldOfColumn.length];
                byBytes = byBytes(fieldOfColumn);
            }
        } catch (RuntimeException e) {
            fail();
            throw e;
        }
    }

    private void readHeader() {
        if (!readRow(MAX_HEADER_CELLS)) {
            throw new CsvFormatException(file, 0, "the file is empty; expected a header line naming the columns");
        }
        if (cellCount > MAX_HEADER_CELLS) {
            throw new CsvFormatException(file, line, "the first line has more than " + MAX_HEADER_CELLS
                    + " cells; this is not a " + schema.name() + " file");
        }
        if (tokens.controlCell() >= 0) {
            throw new CsvFormatException(file, line, "cell " + (tokens.controlCell() + 1) + " of the header "
                    + ControlCharacters.reason(tokens.controlByte()));
        }
        fieldOfColumn = new int[cellCount];
        columnOfField = new int[fields.size()];
        Arrays.fill(columnOfField, -1);
        String[] header = Arrays.copyOf(cells, cellCount);
        for (int c = 0; c < cellCount; c++) {
            int f = schema.fieldOfHeader(header[c]);
            fieldOfColumn[c] = f;
            if (f < 0) {
                pass.warn(file + ": unknown column '" + header[c].strip() + "' (column " + (c + 1) + ") is ignored");
            } else if (columnOfField[f] >= 0) {
                throw new CsvFormatException(file, line, "columns '" + header[columnOfField[f]].strip() + "' and '"
                        + header[c].strip() + "' both name column " + fields.get(f).name());
            } else {
                columnOfField[f] = c;
            }
        }
        List<String> missing = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            ColumnBinding<T, B, ?> field = fields.get(f);
            if (field.requiredColumn() && columnOfField[f] < 0) {
                missing.add(field.name() + (field.aliases().isEmpty() ? "" : " (" + String.join("/", field.aliases()) + ")"));
            }
        }
        if (!missing.isEmpty()) {
            throw new CsvFormatException(file, line, "missing required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + otherEncodingHint());
        }
        cells = new String[cellCount];
        memos = memos(fieldOfColumn);
        values = new Object[fieldOfColumn.length];
        byBytes = byBytes(fieldOfColumn);
    }

    private boolean[] byBytes(int[] fieldOfColumn) {
        boolean[] byColumn = new boolean[fieldOfColumn.length];
        for (int c = 0; c < fieldOfColumn.length; c++) {
            int f = fieldOfColumn[c];
            byColumn[c] = f >= 0 && fields.get(f).type().parsesAscii();
        }
        return byColumn;
    }

    private CellMemo[] memos(int[] fieldOfColumn) {
        CellMemo[] byColumn = new CellMemo[fieldOfColumn.length];
        for (int c = 0; c < fieldOfColumn.length; c++) {
            int f = fieldOfColumn[c];
            if (f >= 0) {
                // A column of a few codes keeps them all; any other only its previous row's cell.
                byColumn[c] = new CellMemo(fields.get(f).type().hasFewValues() ? 64 : 1);
            }
        }
        return byColumn;
    }

    /**
     * A header with Chinese names written in UTF-8 and read as GBK (or the reverse) may
     * decode without an invalid byte, into names that match no column.
     *
     * @return a hint naming the encoding in which the header has every required column, or ""
     */
    private String otherEncodingHint() {
        boolean ascii = true;
        for (int c = 0; c < cellCount; c++) {
            ascii &= tokens.isAscii(c);
        }
        if (ascii) {
            return "";
        }
        List<Charset> others = settings.charset.equals(StandardCharsets.UTF_8)
                ? List.of(Charset.forName("GBK"), Charset.forName("GB18030")) : List.of(StandardCharsets.UTF_8);
        for (Charset other : others) {
            boolean[] found = new boolean[fields.size()];
            boolean valid = true;
            for (int c = 0; c < cellCount && valid; c++) {
                String name = tokens.cellAs(c, other);
                valid = name != null;
                int f = valid ? schema.fieldOfHeader(name) : -1;
                if (f >= 0) {
                    found[f] = true;
                }
            }
            boolean complete = valid;
            for (int f = 0; f < fields.size() && complete; f++) {
                complete = found[f] || !fields.get(f).requiredColumn();
            }
            if (complete) {
                return "; the header reads correctly as " + other.name() + ": open it with that encoding (fp: --encoding "
                        + other.name() + ")";
            }
        }
        return "";
    }

    /** @return the header as matched to the schema; after {@link #open()} */
    Header header() {
        return new Header(fieldOfColumn, columnOfField);
    }

    /** A file's columns matched to a schema's fields; shared read-only by the readers of a file's parts. */
    static final class Header {
        final int[] fieldOfColumn;
        final int[] columnOfField;

        Header(int[] fieldOfColumn, int[] columnOfField) {
            this.fieldOfColumn = fieldOfColumn;
            this.columnOfField = columnOfField;
        }
    }

    /**
     * Reads the next non-blank row into {@code cells}, keeping at most {@code width} cells
     * but counting all of them in {@code cellCount}. A cell of a known column whose bytes
     * its column remembers gets the remembered value in {@code values}; the others of
     * known columns become strings (all cells while the header is read), but for plain
     * cells of types that parse ASCII bytes; the cells of unknown columns are only checked
     * to be valid in the encoding.
     *
     * @return false at the end of the file
     */
    private boolean readRow(int width) {
        if (cells == null) {
            cells = new String[width];
        }
        if (!tokens.nextRow(width)) {
            return false;
        }
        line = tokens.line();
        cellCount = tokens.cellCount();
        extraContent = tokens.hasExtraContent();
        int kept = Math.min(cellCount, width);
        int[] known = fieldOfColumn;
        for (int c = 0; c < kept; c++) {
            if (known == null) {
                cells[c] = tokens.cell(c);
            } else if (known[c] >= 0) {
                // Bytes equal to a remembered cell's are valid: no check, no string, no parse.
                Object value = tokens.recall(c, memos[c]);
                values[c] = value;
                // A plain cell of a type that parses ASCII bytes is parsed from them in toRecord.
                cells[c] = value != null || (byBytes[c] && tokens.isPlainAscii(c)) ? null : tokens.cell(c);
            } else {
                tokens.check(c);
            }
        }
        tokens.checkExtra();
        return true;
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (closed) {
            return false;
        }
        open();
        try {
            while (readRow(fieldOfColumn.length)) {
                pass.read();
                T record = toRecord();
                if (record != null && pass.key() != null) {
                    record = firstOfKey(record);
                }
                if (record != null) {
                    pass.accept();
                    next = record;
                    return true;
                }
            }
        } catch (RuntimeException e) {
            fail();
            throw e;
        }
        pass.end();
        close();
        return false;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException(file + ": no more rows");
        }
        T record = next;
        next = null;
        return record;
    }

    /** @return the record of the current row, or null if it was rejected (lenient mode) */
    private T toRecord() {
        int width = fieldOfColumn.length;
        if (cellCount > 2L * width) {
            // A damaged line, or another file's: extra cells are allowed only as trailing separators.
            return reject(null, "", "the row has " + cellCount + " cells, more than twice the header's " + width);
        }
        if (tokens.controlCell() >= 0) {
            return rejectControl(tokens.controlCell(), tokens.controlByte());
        }
        if (cellCount < width) {
            // Fewer cells than the header most often means a line broken by an unquoted line end.
            return reject(null, "", "the row has " + cellCount + " cells but the header has " + width);
        }
        if (extraContent) {
            return reject(null, "", "the row has " + cellCount + " cells but the header has " + width);
        }
        B builder = schema.newBuilder();
        Object[] derived = null;
        for (int c = 0; c < width; c++) {
            int f = fieldOfColumn[c];
            if (f < 0) {
                continue;
            }
            ColumnBinding<T, B, ?> field = fields.get(f);
            Object known = values[c];
            if (known != null) {
                field.setParsed(builder, known);
                if (field.derived()) {
                    derived = derived == null ? new Object[fields.size()] : derived;
                    derived[f] = known;
                }
                continue;
            }
            String cell = cells[c];
            if (cell == null) {
                try {
                    Object value = field.parseAsciiInto(builder, tokens.buffer(), tokens.start(c), tokens.length(c));
                    tokens.remember(c, memos[c], value);
                    if (field.derived()) {
                        derived = derived == null ? new Object[fields.size()] : derived;
                        derived[f] = value;
                    }
                } catch (CellException e) {
                    return reject(field.name(), shown(field, text(c)), e.reason());
                } catch (InvalidValueException e) {
                    return reject(field.name(), shown(field, text(c)), e.reason());
                }
                continue;
            }
            if (field.isAbsent(cell)) {
                if (field.required()) {
                    return reject(field.name(), "", "is required");
                }
                continue;
            }
            try {
                Object value = field.parseInto(builder, cell);
                tokens.remember(c, memos[c], value);
                if (field.derived()) {
                    derived = derived == null ? new Object[fields.size()] : derived;
                    derived[f] = value;
                }
            } catch (CellException e) {
                return reject(field.name(), shown(field, cell), e.reason());
            } catch (InvalidValueException e) {
                return reject(field.name(), shown(field, cell), e.reason());
            }
        }
        try {
            return schema.build(builder, derived);
        } catch (InvalidValueException e) {
            int f = schema.fieldOfName(e.field());
            int c = f < 0 ? -1 : columnOfField[f];
            String value = c < 0 ? ControlCharacters.shown(e.value()) : shown(fields.get(f), text(c));
            return reject(e.field(), value, e.reason());
        } catch (IllegalArgumentException | IllegalStateException e) {
            return reject(null, "", e.getMessage());
        }
    }

    /**
     * The id of the rejected current row, so that a caller can tell the records that refer
     * to it why they find nothing. Computed only for rejected rows. A row with another
     * number of cells than the header is likely a line broken apart, whose cells may be
     * shifted: it names no id, nor does a row whose id cell is the one rejected.
     *
     * @param rejectedColumn the column rejected, or null for the whole row
     * @return the id (or area code) as the record would hold it, or null if unreadable
     */
    private String recordId(String rejectedColumn) {
        int f = schema.fieldOfName("id");
        f = f < 0 ? schema.fieldOfName("code") : f;
        int c = f < 0 ? -1 : columnOfField[f];
        if (c < 0 || cellCount != fieldOfColumn.length || extraContent || fields.get(f).name().equals(rejectedColumn)) {
            return null;
        }
        ColumnBinding<T, B, ?> field = fields.get(f);
        Object known = values[c];
        if (known != null) {
            return known.toString();
        }
        String cell = text(c);
        if (ColumnBinding.isBlank(cell)) {
            return null;
        }
        try {
            return field.type().parse(cell).toString();
        } catch (CellException | InvalidValueException e) {
            return null;
        }
    }

    /** @return the text of a cell of the current row, made a string now if it was parsed from its bytes */
    private String text(int column) {
        return cells[column] != null ? cells[column] : tokens.cell(column);
    }

    /**
     * Rejects the current row for a control byte. The row error names the cell's column and
     * shows the cell when the row lines up with the header; otherwise the cell may hold
     * anything, a resident identity number among them, and only its place is named.
     *
     * @param cell the cell holding it, numbered from 0
     * @param control the control byte
     */
    private T rejectControl(int cell, int control) {
        int width = fieldOfColumn.length;
        int f = cell < width ? fieldOfColumn[cell] : -1;
        if (f >= 0 && cellCount >= width && !extraContent) {
            ColumnBinding<T, B, ?> field = fields.get(f);
            return reject(field.name(), shown(field, text(cell)), ControlCharacters.reason(control));
        }
        return reject(null, "", "cell " + (cell + 1) + " " + ControlCharacters.reason(control));
    }

    /** @return a cell as a row error shows it: masked if personal, control characters escaped, cut if long */
    private static String shown(ColumnBinding<?, ?, ?> field, String cell) {
        return ControlCharacters.shown(field.personal() ? ResidentId.mask(cell) : cell);
    }

    /** @return the record, or null if an earlier row has its key: then the row is rejected as a duplicate */
    private T firstOfKey(T record) {
        RecordKey key = pass.key();
        String value = key.of(record);
        long first = pass.firstLineOf(value, line);
        if (first == FirstRows.NEW) {
            return record;
        }
        RowError error = RowError.of(file, line, DuplicateKey.column(key), value, DuplicateKey.reason(key, "line " + first));
        pass.rejectDuplicate(error);
        if (settings.strict) {
            throw new RowErrorException(error);
        }
        return null;
    }

    private T reject(String column, String value, String reason) {
        RowError error = RowError.of(file, line, column, value, reason, recordId(column));
        pass.reject(error);
        if (settings.strict) {
            throw new RowErrorException(error);
        }
        return null;
    }

    /** @return the physical line the row of the record last returned by {@link #next()} starts on */
    long line() {
        return line;
    }

    /** Ends the pass after an error, so that its counts and row errors are kept, and closes the file. */
    private void fail() {
        pass.stop();
        close();
    }

    /** Closes the file; the pass, if not at its end, reports nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (tokens != null) {
            tokens.close();
        }
    }
}

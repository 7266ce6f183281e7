package io.github.fpkit.io.csv;

import io.github.fpkit.io.internal.CellException;
import io.github.fpkit.io.internal.Field;
import io.github.fpkit.io.internal.Schema;
import io.github.fpkit.model.InvalidValueException;
import io.github.fpkit.model.ResidentId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * One pass over one CSV file with Jackson's streaming CSV parser: the header is matched
 * to the schema's columns, then each row becomes a record or a {@link RowError}. The
 * file is opened on the first {@link #hasNext()} and closed by {@link #close()} or at
 * its end. Used by one thread at a time.
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
    private final CsvMapper mapper;
    private final Pass pass;
    private final List<Field<T, B, ?>> fields;
    /** The byte range read: a part of the file read by its own thread, or the whole file. */
    private final long from;
    private final long to;
    /** Physical lines before the range, added to the parser's line numbers. */
    private final long linesBefore;
    /** The header read from the start of the file, for a part that starts after it; else null. */
    private final Header knownHeader;

    private JsonParser parser;
    private boolean opened;
    private boolean closed;
    /** The field of each file column, or -1 for an unknown column. */
    private int[] fieldOfColumn;
    /** The file column of each field, or -1 if the file lacks it. */
    private int[] columnOfField;
    private String[] cells;
    private int cellCount;
    /** True if the current row has a non-empty cell beyond those kept. */
    private boolean extraContent;
    private long line;
    private T next;

    TableReader(Path path, Schema<T, B> schema, ReadSettings settings, CsvMapper mapper, Pass pass) {
        this(path, schema, settings, mapper, pass, 0, -1, 1, null);
    }

    /**
     * @param from the first byte read; 0, or the start of a row after the header
     * @param to the byte after the last read, or -1 for the end of the file
     * @param firstLine the physical line number at {@code from}
     * @param header the file's header when {@code from} is not 0; null when reading from the start
     */
    TableReader(Path path, Schema<T, B> schema, ReadSettings settings, CsvMapper mapper, Pass pass, long from, long to,
            long firstLine, Header header) {
        this.from = from;
        this.to = to;
        this.linesBefore = firstLine - 1;
        this.knownHeader = header;
        this.path = path;
        this.file = path.toString();
        this.schema = schema;
        this.settings = settings;
        this.mapper = mapper;
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
            InputStream in = from == 0 && to < 0 ? Files.newInputStream(path) : new FileRange(path, from, to);
            try {
                parser = mapper.reader().with(CsvSchema.emptySchema())
                        .createParser(new StrictDecodingReader(in, file, settings.charset, from, path));
            } catch (RuntimeException | IOException e) {
                in.close();
                throw e;
            }
            if (knownHeader == null) {
                readHeader();
            } else {
                fieldOfColumn = knownHeader.fieldOfColumn;
                columnOfField = knownHeader.columnOfField;
                cells = new String[fieldOfColumn.length];
            }
        } catch (IOException e) {
            fail();
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            fail();
            throw translate(e);
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
            Field<T, B, ?> field = fields.get(f);
            if (field.requiredColumn() && columnOfField[f] < 0) {
                missing.add(field.name() + (field.aliases().isEmpty() ? "" : " (" + String.join("/", field.aliases()) + ")"));
            }
        }
        if (!missing.isEmpty()) {
            throw new CsvFormatException(file, line, "missing required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing));
        }
        cells = new String[cellCount];
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
     * but counting all of them in {@code cellCount}.
     *
     * @return false at the end of the file
     */
    private boolean readRow(int width) {
        if (cells == null) {
            cells = new String[width];
        }
        while (true) {
            JsonToken t = parser.nextToken();
            if (t == null) {
                return false;
            }
            int count = 0;
            boolean blank = true;
            boolean extra = false;
            long startOffset = 0;
            while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
                if (count == 0) {
                    TokenStreamLocation start = parser.currentTokenLocation();
                    line = linesBefore + start.getLineNr();
                    startOffset = start.getCharOffset();
                }
                String cell = parser.getString();
                if (count < width) {
                    cells[count] = cell;
                } else {
                    extra |= !cell.isEmpty();
                }
                blank &= cell.isEmpty();
                count++;
                // Cells are bounded one by one and those beyond the header are not kept, so
                // the row length need only be checked now and then, and at the row's end.
                if ((count & 255) == 0) {
                    checkLineLength(startOffset);
                }
            }
            if (count > 0) {
                checkLineLength(startOffset);
            }
            if (!blank) {
                cellCount = count;
                extraContent = extra;
                return true;
            }
        }
    }

    private void checkLineLength(long startOffset) {
        if (parser.currentLocation().getCharOffset() - startOffset > settings.maxLineLength) {
            throw new CsvFormatException(file, line, "the row is longer than " + settings.maxLineLength
                    + " characters; is this a CSV file?");
        }
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
                if (record != null) {
                    pass.accept();
                    next = record;
                    return true;
                }
            }
        } catch (RowErrorException e) {
            fail();
            throw e;
        } catch (RuntimeException e) {
            fail();
            throw translate(e);
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
            Field<T, B, ?> field = fields.get(f);
            String cell = cells[c];
            if (cell.isEmpty() || (!field.type().isText() && cell.isBlank())) {
                if (field.required()) {
                    return reject(field.name(), "", "is required");
                }
                continue;
            }
            try {
                Object value = field.parseInto(builder, cell);
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
            String value = c < 0 ? e.value() : shown(fields.get(f), cells[c]);
            return reject(e.field(), value, e.reason());
        } catch (IllegalArgumentException | IllegalStateException e) {
            return reject(null, "", e.getMessage());
        }
    }

    private static String shown(Field<?, ?, ?> field, String cell) {
        return field.personal() ? ResidentId.mask(cell) : cell;
    }

    private T reject(String column, String value, String reason) {
        RowError error = RowError.of(file, line, column, value, reason);
        pass.reject(error);
        if (settings.strict) {
            throw new RowErrorException(error);
        }
        return null;
    }

    /** Ends the pass after an error, so that its counts and row errors are kept, and closes the file. */
    private void fail() {
        pass.stop();
        close();
    }

    private RuntimeException translate(RuntimeException e) {
        if (e instanceof CsvFormatException || e instanceof UncheckedIOException) {
            return e;
        }
        if (e instanceof JacksonIOException) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException) {
                return new UncheckedIOException(file + ": " + cause.getMessage(), (IOException) cause);
            }
        }
        if (e.getCause() instanceof CsvFormatException) {
            return (CsvFormatException) e.getCause();
        }
        if (e instanceof StreamConstraintsException) {
            return new CsvFormatException(file, lineOf((JacksonException) e), "a cell is longer than "
                    + settings.maxCellLength + " characters; is this a CSV file?");
        }
        if (e instanceof JacksonException) {
            return new CsvFormatException(file, lineOf((JacksonException) e), ((JacksonException) e).getOriginalMessage());
        }
        return e;
    }

    private long lineOf(JacksonException e) {
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            return linesBefore + e.getLocation().getLineNr();
        }
        return line;
    }

    /** Closes the file; the pass, if not at its end, reports nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (parser != null) {
            try {
                parser.close();
            } catch (JacksonException e) {
                throw translate(e);
            }
        }
    }
}

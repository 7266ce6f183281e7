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

import io.github.fpkit.model.register.RecordKey;
import io.github.fpkit.model.register.RowCounts;
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
import io.github.fpkit.model.register.LinedRegisterSource;
import io.github.fpkit.model.register.RegisterTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ObjLongConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A register folder read as streams, one per table, opened by {@link CsvRegister}. Each
 * call of a table method opens the file anew and reads it lazily, row by row, on its
 * bytes (cells are decoded only when they are not ASCII); closing the stream closes the file. Nothing is loaded into memory
 * but the rows being read (and the row errors).
 *
 * <pre>{@code
 * CsvRegisterSource source = CsvRegister.builder().open(Path.of("register"));
 * try (Stream<Woman> women = source.women()) {
 *     long married = women.filter(Woman::isMarried).count();
 * }
 * source.counts().get(RegisterTable.WOMEN);  // read 412, accepted 410, rejected 2
 * source.rowErrors();                        // the two rejected rows, with file, line, column, value, reason
 * }</pre>
 *
 * <p>{@link #streamWithLines(CsvTable)} pairs each record with the line its row starts on,
 * for callers that must point at a record's row in the file; {@link #forEachWithLine}
 * passes them without the pairs, and makes this source a {@link LinedRegisterSource}, so
 * that fp-indicators' register validator gives its findings their lines.
 *
 * <h2>Reports</h2>
 * The first pass over a table that reaches the end of its file, or stops at an error,
 * records that table's {@link #counts() counts} and {@link #rowErrors() row errors};
 * later passes read the same rows and record nothing more, and a pass closed before the
 * end records nothing.
 *
 * <h2>Duplicate keys</h2>
 * In the tables whose rows have a {@link RecordKey} — {@code women.csv}, {@code births.csv},
 * {@code deaths.csv}, {@code pregnancies.csv} and {@code households.csv} by their
 * {@code id}, {@code areas.csv} by its {@code code}, {@code population.csv} by its area and
 * period (in any notation) — the first row of a key counts, and every later row with the
 * same key is rejected: a {@link RowError} naming its line and the first row's, counted in
 * {@link RowCounts#rejected()} and {@link RowCounts#duplicates()}; such a row is never
 * handed on ({@link #rejectsDuplicates()}). While such a table is read, its keys are kept
 * compactly with their lines (in the order read, with no hash table while they increase, as
 * in an export sorted by id), and dropped at the end of the pass.
 *
 * <h2>Parallel streams</h2>
 * A table's stream made {@linkplain Stream#parallel() parallel} cuts large files into
 * byte ranges that start at a row and reads them in different threads; records keep
 * their file order for ordered operations, and row errors their file, line and column,
 * as in a sequential pass. A table with a key is read in one part, so that the first row
 * of a key is the first in the file. In lenient mode a parallel pass that stops at an unreadable
 * part of the file (invalid encoding, broken quoting) records no counts for that table;
 * strict mode never cuts files, so that the first rejected row stops the whole pass. Unknown columns are {@link #warnings() warnings}, recorded once
 * when the folder is opened.
 *
 * <h2>Exception handling</h2>
 * As described in {@link CsvRegister}: while a stream is consumed, I/O failures are
 * {@link UncheckedIOException}, unreadable files {@link CsvFormatException} (including
 * {@link InvalidEncodingException}), and in strict mode the first rejected row
 * {@link RowErrorException}.
 *
 * <p>Thread-safe: streams may be consumed concurrently, each by one thread.
 */
public final class CsvRegisterSource implements LinedRegisterSource {
    private final Path folder;
    private final ReadSettings settings;
    private final Map<RegisterTable, Path> files = new EnumMap<>(RegisterTable.class);
    private final Set<RegisterTable> tables;
    private final List<String> warnings;
    private final Map<RegisterTable, PassReport> reports = Collections.synchronizedMap(new EnumMap<>(RegisterTable.class));

    CsvRegisterSource(Path folder, ReadSettings settings) {
        this.folder = folder;
        this.settings = settings;
        findFiles();
        this.tables = Collections.unmodifiableSet(files.isEmpty() ? EnumSet.noneOf(RegisterTable.class) : EnumSet.copyOf(files.keySet()));
        List<String> found = new ArrayList<>();
        for (RegisterTable table : tables) {
            PassReport headerOnly = new PassReport(p -> { });
            try (TableReader<?, ?> reader = reader(CsvTable.of(table), headerOnly)) {
                reader.open();
            }
            found.addAll(headerOnly.warnings());
        }
        this.warnings = List.copyOf(found);
    }

    private void findFiles() {
        if (!Files.isDirectory(folder)) {
            throw new CsvFormatException(folder.toString(), 0, "is not a folder");
        }
        Map<String, Path> exactNames = new HashMap<>();
        Map<String, List<Path>> caseless = new HashMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            // Every entry, not only regular files: a table that is there but cannot be read is an error, not an absent table.
            list.sorted().forEach(p -> {
                String name = p.getFileName().toString();
                exactNames.put(name, p);
                caseless.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(p);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": " + e.getMessage(), e);
        }
        for (RegisterTable table : RegisterTable.values()) {
            Path exact = exactNames.get(table.fileName());
            List<Path> candidates = caseless.getOrDefault(table.fileName(), List.of());
            if (exact == null && candidates.size() > 1) {
                throw new CsvFormatException(folder.resolve(table.fileName()).toString(), 0, "is ambiguous: "
                        + candidates.stream().map(c -> c.getFileName().toString()).collect(Collectors.joining(" and "))
                        + " differ only in case; rename or remove one");
            }
            Path file = exact != null ? exact : candidates.isEmpty() ? null : candidates.get(0);
            if (file != null) {
                requireReadable(file);
                files.put(table, file);
            }
        }
        if (!files.containsKey(RegisterTable.WOMEN)) {
            throw new CsvFormatException(folder.resolve(RegisterTable.WOMEN.fileName()).toString(), 0,
                    "is missing; a register folder must have women.csv");
        }
    }

    /**
     * Rejects a table file that exists but cannot be read — a folder, a link to nothing or to
     * itself, a device, a file without read permission — naming the cause, so that its
     * indicators are not reported as merely unavailable.
     */
    private static void requireReadable(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isRegularFile()) {
                Files.newByteChannel(file).close();
                return;
            }
        } catch (NoSuchFileException e) {
            throw unreadable(file, "it is a link to a file that does not exist" + linkTarget(file));
        } catch (AccessDeniedException e) {
            throw unreadable(file, "permission denied");
        } catch (FileSystemException e) {
            throw unreadable(file, e.getReason() == null ? e.getClass().getSimpleName() : e.getReason());
        } catch (IOException e) {
            throw unreadable(file, e.getMessage());
        }
        throw unreadable(file, attributes.isDirectory() ? "it is a folder, not a file" : "it is not a regular file");
    }

    private static String linkTarget(Path file) {
        try {
            return " (" + Files.readSymbolicLink(file) + ")";
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }

    private static CsvFormatException unreadable(Path file, String cause) {
        return new CsvFormatException(file.toString(), 0, "cannot be read: " + cause);
    }

    private <T> TableReader<T, ?> reader(CsvTable<T> table, PassReport pass) {
        return new TableReader<>(files.get(table.table()), table.schema(), settings, pass);
    }

    /**
     * Opens a stream over one table; empty if the folder lacks it.
     *
     * @param <T> the record type
     * @param table the table, not null
     * @return the records, read lazily; close after use
     */
    public <T> Stream<T> stream(CsvTable<T> table) {
        Objects.requireNonNull(table, "table");
        if (!files.containsKey(table.table())) {
            return Stream.empty();
        }
        SplitPass scan = scan(table.table());
        return StreamSupport.stream(spliterator(table, scan), false).onClose(scan::close);
    }

    /**
     * Opens a stream over one table whose records carry the physical line their row starts
     * on (see {@link LinedRecord}); empty if the folder lacks the table. It reads, counts and
     * reports rows exactly as {@link #stream(CsvTable)} does, may be made parallel as well
     * (the lines stay those of the whole file), and costs only the pairs it makes: the
     * plain streams are not changed by it.
     *
     * <pre>{@code
     * Map<String, Long> lineOfWoman = new HashMap<>();
     * try (Stream<LinedRecord<Woman>> women = source.streamWithLines(CsvTable.WOMEN)) {
     *     women.forEach(w -> lineOfWoman.put(w.record().id(), w.line()));
     * }
     * lineOfWoman.get("W000012");  // 14: the row of W000012 starts on line 14 of women.csv
     * }</pre>
     *
     * @param <T> the record type
     * @param table the table, not null
     * @return the records with their lines, read lazily, in file order; close after use
     */
    public <T> Stream<LinedRecord<T>> streamWithLines(CsvTable<T> table) {
        Objects.requireNonNull(table, "table");
        if (!files.containsKey(table.table())) {
            return Stream.empty();
        }
        SplitPass scan = scan(table.table());
        return StreamSupport.stream(new LinedSpliterator<>(spliterator(table, scan)), false).onClose(scan::close);
    }

    /**
     * Reads one table sequentially, passing each record with the line its row starts on
     * (counted as {@link RowError#line()} counts them), as {@link #streamWithLines(CsvTable)}
     * gives them but without making the pairs; the pass counts and reports its rows as a
     * stream's does.
     *
     * <pre>{@code
     * source.forEachWithLine(RegisterTable.BIRTHS, Birth.class, (birth, line) -> lineOf.put(birth.id(), line));
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code type} is not the record class of the table ({@link CsvTable#recordType()})
     * @throws CsvFormatException if the file cannot be read ({@link InvalidEncodingException} for invalid bytes), and
     *     {@link RowErrorException} (strict mode) or {@link UncheckedIOException}, as a stream's consumption does
     */
    @Override
    public <T> void forEachWithLine(RegisterTable table, Class<T> type, ObjLongConsumer<? super T> action) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(action, "action");
        CsvTable<?> csv = CsvTable.of(table);
        if (csv.recordType() != type) {
            throw new IllegalArgumentException(table.fileName() + " holds " + csv.recordType().getSimpleName() + " records, not "
                    + type.getSimpleName());
        }
        if (!files.containsKey(table)) {
            return;
        }
        @SuppressWarnings("unchecked")
        CsvTable<T> typed = (CsvTable<T>) csv;
        SplitPass scan = scan(table);
        try {
            TableSpliterator<T> records = spliterator(typed, scan);
            records.forEachRemaining(r -> action.accept(r, records.line()));
        } finally {
            scan.close();
        }
    }

    private SplitPass scan(RegisterTable table) {
        return new SplitPass(p -> reports.putIfAbsent(table, p), RecordKey.of(table).orElse(null));
    }

    private <T> TableSpliterator<T> spliterator(CsvTable<T> table, SplitPass scan) {
        Path file = files.get(table.table());
        return new TableSpliterator<>(file, table.schema(), settings, scan, 0, file.toFile().length(), 1, -1);
    }

    /** @return the folder as opened */
    public Path folder() {
        return folder;
    }

    /** @return the file of each table present */
    public Map<RegisterTable, Path> files() {
        return Collections.unmodifiableMap(files);
    }

    @Override
    public Set<RegisterTable> tables() {
        return tables;
    }

    /** @return the warnings found when the folder was opened (unknown columns, each once) */
    public List<String> warnings() {
        return warnings;
    }

    /** @return the row errors of every table read so far, by table then line; a snapshot */
    public List<RowError> rowErrors() {
        synchronized (reports) {
            return reports.values().stream().flatMap(p -> p.errors().stream()).collect(Collectors.toUnmodifiableList());
        }
    }

    /** @return the counts of every table read to its end (or to an error) so far; a snapshot */
    public Map<RegisterTable, RowCounts> counts() {
        synchronized (reports) {
            Map<RegisterTable, RowCounts> counts = new EnumMap<>(RegisterTable.class);
            reports.forEach((table, pass) -> counts.put(table, pass.counts()));
            return Collections.unmodifiableMap(counts);
        }
    }

    /** @return true: a row whose key an earlier row of its table has is rejected, never handed on */
    @Override
    public boolean rejectsDuplicates() {
        return true;
    }

    /** @return the counts of the table if a pass read it to its end (or to an error), as {@link #counts()} */
    @Override
    public Optional<RowCounts> rowCounts(RegisterTable table) {
        Objects.requireNonNull(table, "table");
        return Optional.ofNullable(counts().get(table));
    }

    /** @return the sum of {@link #counts()} */
    public RowCounts totalCounts() {
        return counts().values().stream().reduce(RowCounts.zero(), RowCounts::plus);
    }

    @Override
    public Stream<Area> areas() {
        return stream(CsvTable.AREAS);
    }

    @Override
    public Stream<PopulationCount> populationCounts() {
        return stream(CsvTable.POPULATION);
    }

    @Override
    public Stream<Woman> women() {
        return stream(CsvTable.WOMEN);
    }

    @Override
    public Stream<Birth> births() {
        return stream(CsvTable.BIRTHS);
    }

    @Override
    public Stream<Death> deaths() {
        return stream(CsvTable.DEATHS);
    }

    @Override
    public Stream<ContraceptiveEpisode> contraceptiveEpisodes() {
        return stream(CsvTable.CONTRACEPTION);
    }

    @Override
    public Stream<Pregnancy> pregnancies() {
        return stream(CsvTable.PREGNANCIES);
    }

    @Override
    public Stream<Procedure> procedures() {
        return stream(CsvTable.PROCEDURES);
    }

    @Override
    public Stream<HealthCheck> healthChecks() {
        return stream(CsvTable.HEALTH_CHECKS);
    }

    @Override
    public Stream<Household> households() {
        return stream(CsvTable.HOUSEHOLDS);
    }

    @Override
    public Stream<Distribution> distributions() {
        return stream(CsvTable.DISTRIBUTIONS);
    }

    /** @return the encoding the files are read in, not null */
    public Charset encoding() {
        return settings.charset;
    }

    @Override
    public String toString() {
        return "CsvRegisterSource[" + folder + ", " + settings.charset.name() + (settings.strict ? ", strict" : ", lenient") + "]";
    }
}

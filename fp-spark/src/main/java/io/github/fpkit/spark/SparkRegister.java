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

import io.github.fpkit.model.register.RegisterTable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * A register in the folder layout of the register format (docs/FORMAT.md), as Spark reads
 * it from any path Spark reads (a local folder, HDFS, S3): one {@link Dataset} of text
 * cells per table, the columns named as in the file's header (English or Chinese), and the
 * file each row comes from. Nothing is parsed or dropped here; {@link FpSpark} validates
 * every row by fpkit's types.
 *
 * <p>A table is the file {@code women.csv} (or {@code women.parquet}) under the register's
 * path, or a folder of that name holding its parts, as Spark itself writes tables. CSV is
 * read as RFC 4180 ({@code "} quotes and escapes itself, quoted cells may span lines), in
 * the encoding given (UTF-8, GBK or GB18030; for the latter two {@link #csv} sets the
 * session's {@code spark.sql.legacy.javaCharsets}, without which Spark 4 reads only Unicode). Parquet columns are cast to text and read
 * like CSV cells.
 *
 * <pre>{@code
 * SparkRegister register = SparkRegister.csv(spark, "hdfs:///registers/2009", Charset.forName("GBK"));
 * register.tables();   // [areas, population, women, births, …] — those present
 * }</pre>
 *
 * <p>Immutable; its Datasets are lazy.
 */
public final class SparkRegister {
    /** The column holding the path of the file a row was read from. */
    public static final String FILE_COLUMN = "_fpkit_file";
    /** The column holding a row's position among the rows read, increasing within a file. */
    public static final String ORDER_COLUMN = "_fpkit_order";
    /** The column in which Spark's CSV reader puts a row it cannot split into the header's cells. */
    public static final String CORRUPT_COLUMN = "_fpkit_corrupt";

    private final SparkSession spark;
    private final String path;
    private final Map<RegisterTable, Dataset<Row>> tables;

    private SparkRegister(SparkSession spark, String path, Map<RegisterTable, Dataset<Row>> tables) {
        this.spark = spark;
        this.path = path;
        this.tables = Collections.unmodifiableMap(tables);
    }

    /**
     * Opens a register folder of CSV files.
     *
     * @param spark the session, not null
     * @param path the register's folder, in any form Spark reads, not null
     * @param encoding the files' encoding, not null
     * @return the register
     * @throws SparkRegisterException if the folder cannot be read or has no {@code women.csv}
     */
    public static SparkRegister csv(SparkSession spark, String path, Charset encoding) {
        Objects.requireNonNull(encoding, "encoding");
        // Spark 4 reads CSV only in a few Unicode charsets unless told to accept every Java charset (GBK, GB18030).
        spark.conf().set("spark.sql.legacy.javaCharsets", "true");
        return open(spark, path, ".csv", (table, file) -> {
            // The header alone, to name the columns; then the rows with a column for those that do not split.
            Dataset<Row> header = reader(spark, encoding).csv(file);
            org.apache.spark.sql.types.StructType schema = header.schema();
            for (String name : schema.fieldNames()) {
                if (name.equals(CORRUPT_COLUMN)) {
                    throw new SparkRegisterException(file, "a column is named " + CORRUPT_COLUMN + ", which fpkit reserves");
                }
            }
            schema = schema.add(CORRUPT_COLUMN, org.apache.spark.sql.types.DataTypes.StringType);
            return reader(spark, encoding).schema(schema).option("mode", "PERMISSIVE")
                    .option("columnNameOfCorruptRecord", CORRUPT_COLUMN).csv(file);
        });
    }

    /**
     * Opens a register folder of Parquet files ({@code women.parquet}, …), whose columns are
     * named as the CSV headers would be.
     *
     * @param spark the session, not null
     * @param path the register's folder, in any form Spark reads, not null
     * @return the register
     * @throws SparkRegisterException if the folder cannot be read or has no {@code women.parquet}
     */
    public static SparkRegister parquet(SparkSession spark, String path) {
        return open(spark, path, ".parquet", (table, file) -> {
            Dataset<Row> rows = spark.read().parquet(file);
            Column[] text = new Column[rows.columns().length];
            for (int i = 0; i < text.length; i++) {
                String name = rows.columns()[i];
                text[i] = functions.col("`" + name + "`").cast("string").as(name);
            }
            return rows.select(text).withColumn(CORRUPT_COLUMN, functions.lit(null).cast("string"));
        });
    }

    private static org.apache.spark.sql.DataFrameReader reader(SparkSession spark, Charset encoding) {
        return spark.read().option("header", "true").option("encoding", encoding.name()).option("quote", "\"")
                .option("escape", "\"").option("multiLine", "true").option("nullValue", null).option("emptyValue", "")
                .option("inferSchema", "false");
    }

    /** How one table's file (or folder of parts) becomes rows of text cells. */
    private interface TableReading {
        Dataset<Row> read(RegisterTable table, String file);
    }

    private static SparkRegister open(SparkSession spark, String path, String extension, TableReading reading) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(path, "path");
        Path root = new Path(path);
        FileSystem fs;
        try {
            fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(root)) {
                throw new SparkRegisterException(path, "no such folder");
            }
            if (!fs.getFileStatus(root).isDirectory()) {
                throw new SparkRegisterException(path, "not a folder; a register is a folder of table files");
            }
        } catch (IOException e) {
            throw new SparkRegisterException(path, "cannot be read: " + e.getMessage());
        }
        Map<RegisterTable, Dataset<Row>> tables = new EnumMap<>(RegisterTable.class);
        for (RegisterTable table : RegisterTable.values()) {
            String name = table.fileName().replace(".csv", extension);
            Path file = new Path(root, name);
            try {
                if (!fs.exists(file)) {
                    if (table.isRequired()) {
                        throw new SparkRegisterException(file.toString(), "missing: every register has " + name);
                    }
                    continue;
                }
            } catch (IOException e) {
                throw new SparkRegisterException(file.toString(), "cannot be read: " + e.getMessage());
            }
            Dataset<Row> rows = reading.read(table, file.toString())
                    .withColumn(FILE_COLUMN, functions.input_file_name())
                    .withColumn(ORDER_COLUMN, functions.monotonically_increasing_id());
            tables.put(table, rows);
        }
        return new SparkRegister(spark, path, tables);
    }

    /** @return the session the register is read in */
    public SparkSession session() {
        return spark;
    }

    /** @return the register's path, as given */
    public String path() {
        return path;
    }

    /** @return the tables present; unmodifiable */
    public Set<RegisterTable> tables() {
        return tables.keySet();
    }

    /**
     * @param table a table present, not null
     * @return its rows: a text column per header cell, then {@link #CORRUPT_COLUMN}, {@link #FILE_COLUMN}, {@link #ORDER_COLUMN}
     * @throws IllegalArgumentException if the register has no such table
     */
    public Dataset<Row> rows(RegisterTable table) {
        Dataset<Row> rows = tables.get(Objects.requireNonNull(table, "table"));
        if (rows == null) {
            throw new IllegalArgumentException("the register " + path + " has no " + table.fileName());
        }
        return rows;
    }

}

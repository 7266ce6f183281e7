package io.github.fpkit.spark;

import org.apache.spark.sql.SparkSession;

/** One local Spark of two threads for every test of the module: starting Spark takes seconds. */
final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("fpkit-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.default.parallelism", "2")
                    .getOrCreate();
            session.sparkContext().setLogLevel("WARN");
        }
        return session;
    }
}

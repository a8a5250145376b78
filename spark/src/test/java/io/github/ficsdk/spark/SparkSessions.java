package io.github.ficsdk.spark;

import org.apache.spark.sql.SparkSession;

/** The local Spark of the tests: two worker threads, no UI, few shuffle partitions. */
final class SparkSessions {

    private SparkSessions() {}

    static SparkSession local() {
        return SparkSession.builder().master("local[2]").appName("fic-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.default.parallelism", "4")
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
    }
}

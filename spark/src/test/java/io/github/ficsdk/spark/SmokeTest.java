package io.github.ficsdk.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void starts() {
        SparkSession s = SparkSession.builder().master("local[2]").appName("t").config("spark.ui.enabled", "false").getOrCreate();
        System.out.println("COUNT " + s.range(10).repartition(3).toDF().selectExpr("sum(id)").collectAsList());
        System.out.println("JACKSON " + com.fasterxml.jackson.module.scala.DefaultScalaModule.class.getPackage().getImplementationVersion());
        s.stop();
    }
}

package org.emotionworkbench.study.spark;

/**
 * Whether Apache Spark is on the class path. The installer does not bring Spark (the Maven dependency is
 * {@code provided}); {@code study run --spark} needs {@code spark-submit} or Spark's jars on the class path. This class
 * names no Spark type, so it loads without Spark.
 */
public final class SparkClassPath {
    static final String SPARK_CONTEXT = "org.apache.spark.SparkContext";

    private SparkClassPath() {
    }

    /** Whether Spark's classes can be loaded here. */
    public static boolean present() {
        return present(SPARK_CONTEXT);
    }

    static boolean present(String className) {
        try {
            Class.forName(className, false, SparkClassPath.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** What to do when Spark is missing: run through spark-submit, or put Spark's jars on the class path. */
    public static String missingMessage(String master) {
        return "--spark " + master + " needs Apache Spark 4.0 (Scala 2.13) on the class path, which the workbench does"
                + " not bring. Run the study through spark-submit:\n"
                + "  spark-submit --master '" + master + "' --class org.emotionworkbench.cli.Main \\\n"
                + "    --jars <every lib/*.jar, comma-separated, as local:/path> \\\n"
                + "    emotion-workbench.jar study run --spec <study.json> --out <dir> --spark '" + master + "'\n"
                + "or start java with Spark's jars first on the class path (and the --add-opens flags Spark needs on"
                + " Java 17):\n"
                + "  java <add-opens> -cp '<spark>/jars/*:emotion-workbench.jar' org.emotionworkbench.cli.Main"
                + " study run ... --spark '" + master + "'\n"
                + "docs/SPARK.md has the details";
    }
}

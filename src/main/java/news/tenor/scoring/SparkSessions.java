package news.tenor.scoring;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The Spark context of this process, created on first use (commands that do not score
 * never pay for it). Spark allows one context per JVM, so the context is held once per
 * JVM (static, not by this bean: tests start many Spring contexts in one JVM and share
 * it) and replaced only when another master is asked for.
 *
 * <p>
 * Any {@code spark.*} system property passes through to Spark (SparkConf reads them). On
 * a cluster master, the executors get Tenor's scoring code, CoreNLP and the models
 * through {@code spark.jars} (see {@link ExecutorJars}); comments travel to them inside
 * the tasks and scores come back as task results, so executors never open the driver's H2
 * file.
 */
public final class SparkSessions implements AutoCloseable {

	private static JavaSparkContext shared;

	private static String sharedMaster;

	private static SparkTaskTally tally;

	private final String master;

	private final String executorDir;

	public SparkSessions(String master) {
		this(master, null);
	}

	public SparkSessions(String master, String executorDir) {
		this.master = master;
		this.executorDir = executorDir;
	}

	public String master() {
		return this.master;
	}

	/**
	 * Whether executors run in this JVM ({@code local}, {@code local[N]},
	 * {@code local[*]}).
	 */
	public boolean isLocal() {
		return this.master.startsWith("local");
	}

	public JavaSparkContext context() {
		synchronized (SparkSessions.class) {
			if (shared != null && !shared.sc().isStopped() && this.master.equals(sharedMaster)) {
				return shared;
			}
			if (shared != null) {
				shared.stop();
			}
			if (this.master.startsWith("yarn") && System.getenv("HADOOP_CONF_DIR") == null
					&& System.getenv("YARN_CONF_DIR") == null) {
				// spark-submit's own check: without it the YARN client retries
				// 0.0.0.0:8032 for minutes
				throw new IllegalStateException(
						"with master 'yarn' either HADOOP_CONF_DIR or YARN_CONF_DIR must be set in the environment");
			}
			MemoryShortage.watchThreads();
			SparkConf conf = new SparkConf().setAppName("tenor").setMaster(this.master);
			conf.setIfMissing("spark.ui.enabled", "false");
			conf.setIfMissing("spark.ui.showConsoleProgress", "false");
			if (isLocal()) {
				conf.setIfMissing("spark.driver.host", "127.0.0.1");
				conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
			}
			else {
				conf.setIfMissing("spark.jars", String.join(",", ExecutorJars.locate(this.executorDir)));
				// The shift-reduce model takes ~0.7 GB of heap once per executor JVM,
				// plus ~0.3 GB per core.
				conf.setIfMissing("spark.executor.memory", "2g");
			}
			shared = new JavaSparkContext(conf);
			SparkShutdown.install();
			sharedMaster = this.master;
			tally = new SparkTaskTally();
			shared.sc().addSparkListener(tally);
			return shared;
		}
	}

	/**
	 * Tasks of this JVM's Spark context by executor, and failed ones; empty before Spark
	 * started.
	 */
	SparkTaskTally tally() {
		synchronized (SparkSessions.class) {
			return tally != null ? tally : new SparkTaskTally();
		}
	}

	/**
	 * Runs the action at shutdown before Spark stops its context (if this JVM starts
	 * Spark): the runs of this process stop at a chunk boundary first.
	 */
	public void beforeSparkStops(Runnable action) {
		SparkShutdown.beforeSparkStops(action);
	}

	/** Stops the context this JVM holds, if any. */
	@Override
	public void close() {
		synchronized (SparkSessions.class) {
			if (shared != null) {
				shared.stop();
				shared = null;
				sharedMaster = null;
			}
		}
	}

}

package news.tenor.scoring;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The Spark context of this process, created on first use (commands that do not score
 * never pay for it) and stopped when the application closes. Spark allows one context per
 * JVM, so it is held once per JVM and replaced only when another master is asked for.
 */
public final class SparkSessions implements AutoCloseable {

	private static JavaSparkContext shared;

	private static String sharedMaster;

	private final String master;

	public SparkSessions(String master) {
		this.master = master;
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
			SparkConf conf = new SparkConf().setAppName("tenor").setMaster(this.master);
			conf.setIfMissing("spark.ui.enabled", "false");
			conf.setIfMissing("spark.ui.showConsoleProgress", "false");
			if (isLocal()) {
				conf.setIfMissing("spark.driver.host", "127.0.0.1");
				conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
			}
			shared = new JavaSparkContext(conf);
			sharedMaster = this.master;
			return shared;
		}
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

package news.tenor.scoring;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.spark.util.ShutdownHookManager;
import scala.runtime.AbstractFunction0;
import scala.runtime.BoxedUnit;

/**
 * What must happen before Spark stops its context at shutdown. JVM-wide, not a bean:
 * Spark's shutdown hook manager and its one context per JVM are. Spark stops its context
 * in a shutdown hook of its own, which would fail a scoring chunk under way on SIGTERM; a
 * hook of higher priority in Spark's hook manager (run before Spark's) lets the runs of
 * this process stop at a chunk boundary first. The hook is installed when this JVM starts
 * Spark, not before: a run with nothing to score (a rerun) never loads Spark's classes.
 */
final class SparkShutdown {

	private static final List<Runnable> BEFORE_SPARK_STOPS = new CopyOnWriteArrayList<>();

	private static boolean installed;

	private SparkShutdown() {
	}

	/** Runs the action at shutdown before Spark stops its context, if Spark started. */
	static void beforeSparkStops(Runnable action) {
		BEFORE_SPARK_STOPS.add(action);
	}

	/** Installs the hook (once per JVM); called as Spark starts. */
	static synchronized void install() {
		if (installed) {
			return;
		}
		installed = true;
		ShutdownHookManager.addShutdownHook(ShutdownHookManager.SPARK_CONTEXT_SHUTDOWN_PRIORITY() + 10,
				new AbstractFunction0<BoxedUnit>() {
					@Override
					public BoxedUnit apply() {
						BEFORE_SPARK_STOPS.forEach(Runnable::run);
						return BoxedUnit.UNIT;
					}
				});
	}

}

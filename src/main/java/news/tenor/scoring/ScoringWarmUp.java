package news.tenor.scoring;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets scoring ready while the job does other work. Starting Spark and loading CoreNLP's
 * models take seconds of mostly single-threaded work; done on background threads as soon
 * as a run is known to have something to score, they overlap the ingest step instead of
 * delaying the score step. A run with nothing new to score (the rerun of an unchanged
 * archive) never calls this and pays for neither.
 *
 * <p>
 * The models are preloaded only in local mode, where the driver's JVM is the executor; on
 * a cluster each executor loads its own in its first partition.
 */
public final class ScoringWarmUp {

	private static final Logger log = LoggerFactory.getLogger(ScoringWarmUp.class);

	private static final Set<ParserChoice> STARTED = ConcurrentHashMap.newKeySet();

	private final SparkSessions spark;

	public ScoringWarmUp(SparkSessions spark) {
		this.spark = spark;
	}

	/**
	 * Starts Spark and, in local mode, loads the parser's pipeline, each on a background
	 * thread; does nothing if this JVM started them already. Failures are only logged:
	 * the score step meets them again and reports them.
	 */
	public void start(ParserChoice parser) {
		if (!STARTED.add(parser)) {
			return;
		}
		background("tenor-spark-start", this.spark::context);
		if (this.spark.isLocal() && !SentimentPipeline.isLoaded(parser)) {
			background("tenor-corenlp-load", () -> SentimentPipeline.get(parser));
		}
	}

	private static void background(String name, Runnable work) {
		Thread thread = new Thread(() -> {
			try {
				work.run();
			}
			catch (RuntimeException | LinkageError ex) {
				log.warn("{} failed (the score step will try again): {}", name, ex.toString());
			}
		}, name);
		thread.setDaemon(true);
		thread.start();
	}

}

package news.tenor.scoring;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import news.tenor.mentions.EntityRecogniser;
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

	private final Set<ParserChoice> started = ConcurrentHashMap.newKeySet();

	private final SparkSessions spark;

	private final boolean enabled;

	public ScoringWarmUp(SparkSessions spark, boolean enabled) {
		this.spark = spark;
		this.enabled = enabled;
	}

	/**
	 * Loads the parser's pipeline (in local mode), then starts Spark, on one background
	 * thread; does nothing if it started them already (a second start in the JVM finds
	 * the pipeline and Spark there and is quick). One thread, because the ingest step
	 * keeps the other core busy; the models first, because they take longest: if the
	 * score step begins before Spark is up, it starts Spark itself while the models
	 * finish loading. Failures are only logged: the score step meets them again and
	 * reports them.
	 */
	public void start(ParserChoice parser) {
		start(parser, false);
	}

	/**
	 * As {@link #start(ParserChoice)}, and loads the named-entity recogniser after the
	 * parser's models when the run finds mentions (calibrated score, local mode).
	 */
	public void start(ParserChoice parser, boolean recogniser) {
		if (!this.enabled || !this.started.add(parser)) {
			return;
		}
		Thread thread = new Thread(() -> {
			try {
				if (this.spark.isLocal()) {
					SentimentPipeline.get(parser);
					if (recogniser) {
						EntityRecogniser.get();
					}
				}
				this.spark.context();
			}
			catch (RuntimeException | Error ex) {
				log.warn("Warming up scoring failed (the score step will try again): {}", ex.toString());
			}
		}, "tenor-scoring-warm-up");
		thread.setDaemon(true);
		thread.start();
	}

}

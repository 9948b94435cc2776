package news.tenor.scoring;

/**
 * What the job needs of scoring: a scorer for the score step's chunks ({@link #chunks}),
 * and how many Spark tasks had to be run again. (The sentences of comments are recorded
 * at ingest by {@link SentenceLinks}.)
 */
public final class CommentScoring {

	private final ScoreStore store;

	private final SparkScorer scorer;

	CommentScoring(ScoreStore store, SparkScorer scorer) {
		this.store = store;
		this.scorer = scorer;
	}

	/** A scorer for the chunks of one score step. */
	public ChunkScorer chunks(ScoringSettings settings) {
		return chunks(settings, true);
	}

	/**
	 * A scorer for the chunks of one score step.
	 * @param mentions whether the named-entity recogniser tags the sentences (calibrated
	 * score only; {@code tenor.mentions.enabled})
	 */
	public ChunkScorer chunks(ScoringSettings settings, boolean mentions) {
		return new ChunkScorer(this.store, this.scorer, settings, mentions);
	}

	/**
	 * Spark tasks that failed so far in this JVM (lost executors, task errors); Spark ran
	 * them again.
	 */
	public long failedTasks() {
		return this.scorer.failedTasks();
	}

}

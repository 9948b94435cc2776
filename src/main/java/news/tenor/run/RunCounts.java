package news.tenor.run;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The counters a run reports (in the console summary, {@code list} and the workbook's Run
 * sheet), kept in the step execution contexts: a restarted step starts from the context
 * its last execution committed, so a restarted run carries on counting where it stopped,
 * and {@link RunOutcome} adds up the latest execution of each step.
 */
public final class RunCounts {

	public static final String ENTRIES = "entries";

	public static final String ARTICLES_NEW = "articles.new";

	public static final String ARTICLES_UPDATED = "articles.updated";

	public static final String ARTICLES_UNCHANGED = "articles.unchanged";

	public static final String COMMENTS_NEW = "comments.new";

	public static final String REJECTS = "rejects";

	public static final String COMMENTS_SCORED = "comments.scored";

	public static final String SENTENCES_PARSED = "sentences.parsed";

	public static final String SENTENCES_CACHED = "sentences.cached";

	public static final String SENTENCES_TOO_LONG = "sentences.too-long";

	public static final String SENTENCES_FAILED = "sentences.failed";

	/** Sentences whose language was detected (calibrated score; cached after). */
	public static final String SENTENCES_DETECTED = "sentences.language-detected";

	/** Sentences not in English, left unscored (calibrated score). */
	public static final String SENTENCES_NOT_ENGLISH = "sentences.not-english";

	/** Comments with no English sentence, kept and not scored (calibrated score). */
	public static final String COMMENTS_NOT_ENGLISH = "comments.not-english";

	/**
	 * Sentences of comments CoreNLP's named-entity recogniser tagged (calibrated score;
	 * cached after).
	 */
	public static final String SENTENCES_RECOGNISED = "sentences.entities-recognised";

	/** Sentences of articles' titles, captions and bodies the recogniser tagged. */
	public static final String ARTICLE_SENTENCES_RECOGNISED = "articles.sentences-entities-recognised";

	/** Comments that name at least one entity, and the entities of the run. */
	public static final String COMMENTS_WITH_MENTIONS = "mentions.comments";

	public static final String ENTITIES = "mentions.entities";

	/** Prefix of the sentences scored per Spark executor ("driver" in local mode). */
	public static final String SENTENCES_PARSED_BY = "sentences.parsed.by.";

	/** Spark tasks that failed and were run again (e.g. on a lost executor). */
	public static final String SPARK_TASKS_FAILED = "spark.tasks.failed";

	/**
	 * Comments the score step found without a score when it started: the total its
	 * progress counts towards.
	 */
	public static final String COMMENTS_TO_SCORE = "score.comments-to-score";

	private RunCounts() {
	}

	public static void add(ExecutionContext context, String counter, long amount) {
		context.putLong(counter, context.getLong(counter, 0) + amount);
	}

}

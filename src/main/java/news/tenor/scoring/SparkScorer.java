package news.tenor.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import news.tenor.mentions.EntityRecogniser;
import news.tenor.mentions.SentenceMentions;
import news.tenor.scoring.language.LanguageDetection;
import org.apache.spark.SparkEnv;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * Scores sentences in Spark partitions. The driver hands over one bounded batch at a
 * time, dealt into partitions of equal work ({@link WorkBalancer}); each partition scores
 * its sentences with its JVM's {@link SentimentPipeline}. Nothing CoreNLP-related is
 * serialised: only the settings and the sentences travel, and the pipeline is looked up
 * where the partition runs.
 *
 * <p>
 * A batch runs as its own Spark job and {@link #submit} returns at once, so a caller can
 * queue the next batch before the first is done: Spark runs jobs first come first served,
 * and the next batch's partitions fill the cores the end of the first one leaves idle.
 */
final class SparkScorer {

	/**
	 * Partitions per core: enough that an unlucky partition does not leave cores idle at
	 * the end.
	 */
	private static final int PARTITIONS_PER_CORE = 3;

	private final SparkSessions spark;

	public SparkScorer(SparkSessions spark) {
		this.spark = spark;
	}

	/** Starts scoring the sentences and returns without waiting. */
	public Scoring submit(List<SentenceTask> tasks, ScoringSettings settings) {
		if (tasks.isEmpty()) {
			return new Scoring(null);
		}
		JavaSparkContext context = this.spark.context();
		int partitions = context.defaultParallelism() * PARTITIONS_PER_CORE;
		List<List<SentenceTask>> balanced = WorkBalancer.partitions(tasks, partitions, settings.parser());
		return new Scoring(context.parallelize(balanced, balanced.size())
			.mapPartitions(new ScorePartition(settings))
			.collectAsync());
	}

	/** Scores the sentences and waits for them. */
	public List<ScoredSentence> score(List<SentenceTask> tasks, ScoringSettings settings) {
		return submit(tasks, settings).all();
	}

	/** A batch of sentences being scored by one Spark job. */
	public static final class Scoring {

		private final JavaFutureAction<List<ScoredSentence>> job;

		private Map<Long, ScoredSentence> results;

		private Scoring(JavaFutureAction<List<ScoredSentence>> job) {
			this.job = job;
		}

		/**
		 * The score of one sentence of the batch, with the executor that parsed it,
		 * waiting for the batch if need be.
		 */
		public ScoredSentence result(long sentenceId) {
			if (this.results == null) {
				Map<Long, ScoredSentence> results = new HashMap<>();
				all().forEach(s -> results.put(s.sentenceId(), s));
				this.results = results;
			}
			ScoredSentence score = this.results.get(sentenceId);
			if (score == null) {
				throw new IllegalArgumentException("sentence " + sentenceId + " is not in this batch");
			}
			return score;
		}

		/** Every score of the batch, waiting for it. */
		public List<ScoredSentence> all() {
			if (this.job == null) {
				return List.of();
			}
			try {
				return this.job.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while scoring", ex);
			}
			catch (ExecutionException ex) {
				String shortage = MemoryShortage.behind(ex.getCause());
				if (shortage != null) {
					// the shortage is the reason to report, not the end of the job it
					// caused: a user reads the deepest message of the chain
					throw new IllegalStateException(shortage);
				}
				throw new IllegalStateException("scoring failed: " + ex.getCause().getMessage(), ex.getCause());
			}
		}

		/** Stops the batch if it is still running (its results are not wanted). */
		public void cancel() {
			if (this.job != null && !this.job.isDone()) {
				this.job.cancel(true);
			}
		}

	}

	/**
	 * Spark tasks that failed so far in this JVM (lost executors, task errors); Spark ran
	 * them again.
	 */
	public long failedTasks() {
		return this.spark.tally().failed();
	}

	/** The work of one partition, on whichever JVM runs it. */
	private record ScorePartition(
			ScoringSettings settings) implements FlatMapFunction<Iterator<List<SentenceTask>>, ScoredSentence> {

		@Override
		public Iterator<ScoredSentence> call(Iterator<List<SentenceTask>> bins) {
			try {
				return score(bins);
			}
			catch (OutOfMemoryError ex) {
				// a reason without the error, which would make Spark end the JVM with
				// exit 52: the task fails, and the run with it, restartably
				ParserChoice parser = this.settings.parser();
				int advised = this.settings.scorer() == Scorer.CALIBRATED ? parser.calibratedHeapMb()
						: parser.minimumHeapMb();
				throw MemoryShortage.notEnough("to score",
						MemoryShortage.heapMb() < advised ? MemoryShortage.atLeast(advised) : "more",
						"lower --max-sentence-tokens");
			}
		}

		private Iterator<ScoredSentence> score(Iterator<List<SentenceTask>> bins) {
			SentimentPipeline pipeline = SentimentPipeline.get(this.settings.parser());
			String executor = SparkEnv.get() == null ? "unknown" : SparkEnv.get().executorId().equals("driver")
					? "driver" : "executor-" + SparkEnv.get().executorId();
			List<ScoredSentence> scored = new ArrayList<>();
			while (bins.hasNext()) {
				for (SentenceTask task : bins.next()) {
					LanguageDetection.Verdict verdict = task.detect() ? LanguageDetection.get().verdict(task.text())
							: null;
					boolean foreign = verdict != null && verdict.language().isDetermined()
							&& !verdict.language().isEnglish();
					SentenceScore score = null;
					String analysis = null;
					SentenceMentions mentions = null;
					boolean recognise = task.recognise() && !foreign;
					if (task.parse() && !foreign) {
						SentimentPipeline.Analysed analysed;
						if (recognise) {
							// the recogniser tags the parser's own tokens: no second
							// tokenising
							SentimentPipeline.Tagged<SentenceMentions> tagged = pipeline.analyse(task.text(),
									this.settings.maxSentenceTokens(), EntityRecogniser.get()::recognise);
							analysed = tagged.analysed();
							mentions = tagged.tags();
						}
						else {
							analysed = pipeline.analyse(task.text(), this.settings.maxSentenceTokens());
						}
						score = analysed.score();
						analysis = analysed.analysis() == null ? null : analysed.analysis().encode();
					}
					else if (recognise) {
						mentions = recogniseAlone(task.text());
					}
					scored.add(new ScoredSentence(task.sentenceId(), score, analysis,
							verdict == null ? null : verdict.language().code(), verdict == null ? 0 : verdict.letters(),
							verdict != null && verdict.latin(), mentions == null ? null : mentions.encode(), executor));
				}
			}
			return scored.iterator();
		}

		/**
		 * A sentence's mentions without a parse; {@code null} (nothing cached, tried
		 * again next run) when the recogniser fails on it, as in the parser's pass.
		 */
		private static SentenceMentions recogniseAlone(String text) {
			try {
				return EntityRecogniser.get().recognise(text);
			}
			catch (RuntimeException ex) {
				org.slf4j.LoggerFactory.getLogger(SparkScorer.class)
					.warn("tagging failed on a sentence of {} characters: {}", text.length(), ex.toString());
				return null;
			}
		}

	}

}

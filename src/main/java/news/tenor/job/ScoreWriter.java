package news.tenor.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import news.tenor.scoring.CommentScore;
import news.tenor.scoring.ScoreStore;
import news.tenor.scoring.ScoredSentence;
import news.tenor.scoring.ScoringSettings;
import news.tenor.scoring.SentenceScore;
import news.tenor.scoring.SentenceTask;
import news.tenor.scoring.SparkScorer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Scores a chunk of comments: sentences over the limit are marked too long, sentences in
 * the cache for this parser are taken from it, and only the rest (each distinct sentence
 * once) is parsed in Spark. Sentence and comment scores are committed with the chunk, so
 * a restart resumes at the first comment without a score.
 *
 * <p>
 * Cores are kept busy across chunk boundaries: before waiting for its own sentences, a
 * chunk queues the next chunk's uncached sentences in Spark, so they run while this chunk
 * finishes and is committed, and are done or nearly done when the next chunk asks for
 * them. Scores only reach the cache with the chunk that commits them: a failed run loses
 * at most the work in flight, never consistency.
 */
class ScoreWriter implements ItemWriter<Long>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(ScoreWriter.class);

	private final ScoreStore store;

	private final SparkScorer scorer;

	private final UnscoredComments comments;

	private final int chunkSize;

	private final ScoringSettings settings;

	/** Sentences submitted to Spark and not yet taken by a chunk, with their batch. */
	private final Map<Long, SparkScorer.Scoring> inFlight = new HashMap<>();

	private ExecutionContext counts;

	/** Failed Spark tasks counted by earlier executions of this step (a restart). */
	private long failedTasksBefore;

	/** This JVM's failed Spark tasks when the step started. */
	private long failedTasksAtStart;

	ScoreWriter(ScoreStore store, SparkScorer scorer, UnscoredComments comments, int chunkSize,
			ScoringSettings settings) {
		this.store = store;
		this.scorer = scorer;
		this.comments = comments;
		this.chunkSize = chunkSize;
		this.settings = settings;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.counts = stepExecution.getExecutionContext();
		this.failedTasksBefore = this.counts.getLong(RunCounts.SPARK_TASKS_FAILED, 0);
		this.failedTasksAtStart = this.scorer.failedTasks();
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		this.inFlight.values().stream().distinct().forEach(SparkScorer.Scoring::cancel);
		this.inFlight.clear();
		return null;
	}

	@Override
	public void write(Chunk<? extends Long> chunk) throws Exception {
		long start = System.nanoTime();
		List<Long> commentIds = new ArrayList<>(chunk.getItems());
		int maxTokens = this.settings.maxSentenceTokens();
		List<ScoreStore.CommentSentence> rows = this.store.sentencesOf(commentIds, this.settings.sentenceModelKey());

		Map<Long, SentenceScore> known = new HashMap<>();
		Set<Long> awaited = new LinkedHashSet<>();
		List<SentenceTask> toParse = new ArrayList<>();
		for (ScoreStore.CommentSentence row : rows) {
			long id = row.sentenceId();
			if (known.containsKey(id) || awaited.contains(id)) {
				continue;
			}
			if (row.tokens() > maxTokens) {
				// decided by the limit, whatever the cache holds, so that a comment's
				// score
				// depends on the settings only, never on what earlier runs happened to
				// parse
				known.put(id, SentenceScore.tooLong(row.tokens(), maxTokens));
				RunCounts.add(this.counts, RunCounts.SENTENCES_TOO_LONG, 1);
			}
			else if (row.cached() != null) {
				known.put(id, row.cached());
				RunCounts.add(this.counts, RunCounts.SENTENCES_CACHED, 1);
			}
			else {
				awaited.add(id);
				if (!this.inFlight.containsKey(id)) {
					toParse.add(new SentenceTask(id, row.text(), row.tokens()));
				}
			}
		}
		submit(toParse);
		submitNextChunk();

		Map<Long, SentenceScore> fresh = new HashMap<>();
		for (long id : awaited) {
			ScoredSentence scored = this.inFlight.remove(id).result(id);
			SentenceScore score = scored.score();
			known.put(id, score);
			RunCounts.add(this.counts, RunCounts.SENTENCES_PARSED_BY + scored.executor(), 1);
			RunCounts.add(this.counts, switch (score.status()) {
				case SCORED -> RunCounts.SENTENCES_PARSED;
				case TOO_LONG -> RunCounts.SENTENCES_TOO_LONG;
				case FAILED -> RunCounts.SENTENCES_FAILED;
			}, 1);
			if (score.status() != SentenceScore.Status.TOO_LONG) {
				fresh.put(id, score);
			}
		}
		this.counts.putLong(RunCounts.SPARK_TASKS_FAILED,
				this.failedTasksBefore + this.scorer.failedTasks() - this.failedTasksAtStart);
		long waited = System.nanoTime();
		this.store.saveSentenceScores(this.settings.sentenceModelKey(), fresh);

		Map<Long, CommentScore> commentScores = new LinkedHashMap<>();
		ScoreStore.byComment(commentIds, rows)
			.forEach((commentId, sentences) -> commentScores.put(commentId,
					CommentScore.of(sentences.stream()
						.map(s -> new CommentScore.Part(known.get(s.sentenceId()), s.tokens()))
						.toList())));
		this.store.saveCommentScores(this.settings.modelKey(), commentScores);
		RunCounts.add(this.counts, RunCounts.COMMENTS_SCORED, commentScores.size());
		log.info("{} comments: {} sentences parsed ({} queued with the chunk before), {} ms until scored, {} ms in all",
				commentIds.size(), awaited.size(), awaited.size() - toParse.size(), (waited - start) / 1_000_000,
				(System.nanoTime() - start) / 1_000_000);
	}

	private void submit(List<SentenceTask> tasks) {
		if (!tasks.isEmpty()) {
			SparkScorer.Scoring batch = this.scorer.submit(tasks, this.settings);
			tasks.forEach(task -> this.inFlight.put(task.sentenceId(), batch));
		}
	}

	/** Queues the sentences the next chunk will need to have parsed. */
	private void submitNextChunk() throws Exception {
		List<Long> next = this.comments.peek(this.chunkSize);
		if (next.isEmpty()) {
			return;
		}
		Map<Long, SentenceTask> tasks = new LinkedHashMap<>();
		for (ScoreStore.CommentSentence row : this.store.sentencesOf(next, this.settings.sentenceModelKey())) {
			if (row.cached() == null && row.tokens() <= this.settings.maxSentenceTokens()
					&& !this.inFlight.containsKey(row.sentenceId())) {
				tasks.putIfAbsent(row.sentenceId(), new SentenceTask(row.sentenceId(), row.text(), row.tokens()));
			}
		}
		submit(new ArrayList<>(tasks.values()));
	}

}

package news.tenor.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores the comments of a run one chunk at a time: sentences over the limit are marked
 * too long, sentences in the cache for the parser are taken from it, and only the rest
 * (each distinct sentence once) is parsed in Spark. Sentence and comment scores are
 * written with the caller's transaction, so a restart resumes at the first comment
 * without a score.
 *
 * <p>
 * Cores are kept busy across chunk boundaries: before waiting for its own sentences, a
 * chunk queues the next chunk's uncached sentences in Spark, so they run while this chunk
 * finishes and is committed, and are done or nearly done when the next chunk asks for
 * them. Scores only reach the cache with the chunk that commits them: a failed run loses
 * at most the work in flight, never consistency. One scorer serves one score step.
 */
public final class ChunkScorer {

	private static final Logger log = LoggerFactory.getLogger(ChunkScorer.class);

	/** What scoring a chunk did, for the run's counts. */
	public record Chunk(int comments, int parsed, int cached, int tooLong, int failed,
			Map<String, Integer> parsedByExecutor) {
	}

	private final ScoreStore store;

	private final SparkScorer scorer;

	private final ScoringSettings settings;

	/** Sentences submitted to Spark and not yet taken by a chunk, with their batch. */
	private final Map<Long, SparkScorer.Scoring> inFlight = new HashMap<>();

	ChunkScorer(ScoreStore store, SparkScorer scorer, ScoringSettings settings) {
		this.store = store;
		this.scorer = scorer;
		this.settings = settings;
	}

	/**
	 * Scores the comments and stores their scores (and their new sentence scores in the
	 * cache).
	 * @param next the comments of the next chunk, whose sentences are queued meanwhile
	 */
	public Chunk score(List<Long> commentIds, List<Long> next) {
		long start = System.nanoTime();
		int maxTokens = this.settings.maxSentenceTokens();
		List<ScoreStore.CommentSentence> rows = this.store.sentencesOf(commentIds, this.settings.sentenceModelKey());

		Map<Long, SentenceScore> known = new HashMap<>();
		Set<Long> awaited = new LinkedHashSet<>();
		List<SentenceTask> toParse = new ArrayList<>();
		int cached = 0;
		int tooLong = 0;
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
				tooLong++;
			}
			else if (row.cached() != null) {
				known.put(id, row.cached());
				cached++;
			}
			else {
				awaited.add(id);
				if (!this.inFlight.containsKey(id)) {
					toParse.add(new SentenceTask(id, row.text(), row.tokens()));
				}
			}
		}
		submit(toParse);
		submitNext(next);

		Map<Long, SentenceScore> fresh = new HashMap<>();
		Map<String, Integer> byExecutor = new TreeMap<>();
		int parsed = 0;
		int failed = 0;
		for (long id : awaited) {
			ScoredSentence scored = this.inFlight.remove(id).result(id);
			SentenceScore score = scored.score();
			known.put(id, score);
			byExecutor.merge(scored.executor(), 1, Integer::sum);
			switch (score.status()) {
				case SCORED -> parsed++;
				case TOO_LONG -> tooLong++;
				case FAILED -> failed++;
			}
			if (score.status() != SentenceScore.Status.TOO_LONG) {
				fresh.put(id, score);
			}
		}
		long waited = System.nanoTime();
		this.store.saveSentenceScores(this.settings.sentenceModelKey(), fresh);

		Map<Long, CommentScore> commentScores = new LinkedHashMap<>();
		ScoreStore.byComment(commentIds, rows)
			.forEach((commentId, sentences) -> commentScores.put(commentId,
					CommentScore.of(sentences.stream()
						.map(s -> new CommentScore.Part(known.get(s.sentenceId()), s.tokens()))
						.toList())));
		this.store.saveCommentScores(this.settings.modelKey(), commentScores);
		log.info("{} comments: {} sentences parsed ({} queued with the chunk before), {} ms until scored, {} ms in all",
				commentIds.size(), awaited.size(), awaited.size() - toParse.size(), (waited - start) / 1_000_000,
				(System.nanoTime() - start) / 1_000_000);
		return new Chunk(commentScores.size(), parsed, cached, tooLong, failed, byExecutor);
	}

	/** Stops the sentences still queued (the step ended without needing them). */
	public void cancel() {
		this.inFlight.values().stream().distinct().forEach(SparkScorer.Scoring::cancel);
		this.inFlight.clear();
	}

	private void submit(List<SentenceTask> tasks) {
		if (!tasks.isEmpty()) {
			SparkScorer.Scoring batch = this.scorer.submit(tasks, this.settings);
			tasks.forEach(task -> this.inFlight.put(task.sentenceId(), batch));
		}
	}

	/** Queues the sentences the next chunk will need to have parsed. */
	private void submitNext(List<Long> next) {
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

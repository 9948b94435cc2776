package news.tenor.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import news.tenor.scoring.CommentScore;
import news.tenor.scoring.ScoreStore;
import news.tenor.scoring.ScoredSentence;
import news.tenor.scoring.ScoringSettings;
import news.tenor.scoring.SentenceScore;
import news.tenor.scoring.SentenceTask;
import news.tenor.scoring.ScoringWarmUp;
import news.tenor.scoring.SparkScorer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Scores a chunk of comments: their sentences already in the cache for this model are
 * taken from it, sentences over the parser's limit are marked unscored, and only the rest
 * (each distinct sentence once) goes to Spark. Sentence and comment scores are committed
 * with the chunk, so a restart resumes at the first comment without a score.
 */
class ScoreWriter implements ItemWriter<Long>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(ScoreWriter.class);

	private final ScoreStore store;

	private final SparkScorer scorer;

	private final ScoringSettings settings;

	private final ScoringWarmUp warmUp;

	private ExecutionContext counts;

	ScoreWriter(ScoreStore store, SparkScorer scorer, ScoringWarmUp warmUp, ScoringSettings settings) {
		this.store = store;
		this.scorer = scorer;
		this.warmUp = warmUp;
		this.settings = settings;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.counts = stepExecution.getExecutionContext();
		// no-op when the ingest step started it already (it had something new)
		this.warmUp.start(this.settings.parser());
	}

	@Override
	public void write(Chunk<? extends Long> chunk) {
		List<Long> commentIds = new ArrayList<>(chunk.getItems());
		int maxTokens = this.settings.maxSentenceTokens();
		List<ScoreStore.CommentSentence> rows = this.store.sentencesOf(commentIds, this.settings.sentenceModelKey());

		Map<Long, SentenceScore> known = new HashMap<>();
		Map<Long, SentenceTask> toParse = new LinkedHashMap<>();
		for (ScoreStore.CommentSentence row : rows) {
			if (known.containsKey(row.sentenceId()) || toParse.containsKey(row.sentenceId())) {
				continue;
			}
			if (row.tokens() > maxTokens) {
				// decided by the limit, whatever the cache holds, so that a comment's
				// score
				// depends on the settings only, never on what earlier runs happened to
				// parse
				known.put(row.sentenceId(), SentenceScore.tooLong(row.tokens(), maxTokens));
				RunCounts.add(this.counts, RunCounts.SENTENCES_TOO_LONG, 1);
			}
			else if (row.cached() != null) {
				known.put(row.sentenceId(), row.cached());
				RunCounts.add(this.counts, RunCounts.SENTENCES_CACHED, 1);
			}
			else {
				toParse.put(row.sentenceId(), new SentenceTask(row.sentenceId(), row.text(), row.tokens()));
			}
		}
		Map<Long, SentenceScore> fresh = new HashMap<>();
		long start = System.nanoTime();
		List<ScoredSentence> parsed = this.scorer.score(new ArrayList<>(toParse.values()), this.settings);
		log.info("chunk of {} comments: {} sentences parsed in {} ms", commentIds.size(), parsed.size(),
				(System.nanoTime() - start) / 1_000_000);
		for (ScoredSentence scored : parsed) {
			SentenceScore score = scored.score();
			known.put(scored.sentenceId(), score);
			RunCounts.add(this.counts, switch (score.status()) {
				case SCORED -> RunCounts.SENTENCES_PARSED;
				case TOO_LONG -> RunCounts.SENTENCES_TOO_LONG;
				case FAILED -> RunCounts.SENTENCES_FAILED;
			}, 1);
			if (score.status() != SentenceScore.Status.TOO_LONG) {
				fresh.put(scored.sentenceId(), score);
			}
		}
		this.store.saveSentenceScores(this.settings.sentenceModelKey(), fresh);

		Map<Long, CommentScore> commentScores = new LinkedHashMap<>();
		ScoreStore.byComment(commentIds, rows)
			.forEach((commentId, sentences) -> commentScores.put(commentId,
					CommentScore.of(sentences.stream()
						.map(s -> new CommentScore.Part(known.get(s.sentenceId()), s.tokens()))
						.toList())));
		this.store.saveCommentScores(this.settings.modelKey(), commentScores);
		RunCounts.add(this.counts, RunCounts.COMMENTS_SCORED, commentScores.size());
	}

}

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
import news.tenor.scoring.SparkScorer;

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

	private final ScoreStore store;

	private final SparkScorer scorer;

	private final ScoringSettings settings;

	private ExecutionContext counts;

	ScoreWriter(ScoreStore store, SparkScorer scorer, ScoringSettings settings) {
		this.store = store;
		this.scorer = scorer;
		this.settings = settings;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.counts = stepExecution.getExecutionContext();
	}

	@Override
	public void write(Chunk<? extends Long> chunk) {
		List<Long> commentIds = new ArrayList<>(chunk.getItems());
		String model = this.settings.modelKey();
		List<ScoreStore.CommentSentence> rows = this.store.sentencesOf(commentIds, model);

		Map<Long, SentenceScore> known = new HashMap<>();
		Map<Long, SentenceTask> toParse = new LinkedHashMap<>();
		Map<Long, SentenceScore> fresh = new HashMap<>();
		for (ScoreStore.CommentSentence row : rows) {
			if (row.cached() != null) {
				if (known.put(row.sentenceId(), row.cached()) == null) {
					RunCounts.add(this.counts, RunCounts.SENTENCES_CACHED, 1);
				}
			}
			else if (row.tokens() > this.settings.maxSentenceTokens()) {
				fresh.computeIfAbsent(row.sentenceId(), id -> SentenceScore.unscored(SentenceScore.Status.TOO_LONG,
						row.tokens() + " tokens, over the parser's limit of " + this.settings.maxSentenceTokens()));
			}
			else {
				toParse.putIfAbsent(row.sentenceId(), new SentenceTask(row.sentenceId(), row.text(), row.tokens()));
			}
		}
		long failedTasks = this.scorer.failedTasks();
		for (ScoredSentence scored : this.scorer.score(new ArrayList<>(toParse.values()), this.settings)) {
			fresh.put(scored.sentenceId(), scored.score());
			RunCounts.add(this.counts, RunCounts.SENTENCES_PARSED_BY + scored.executor(), 1);
		}
		RunCounts.add(this.counts, RunCounts.SPARK_TASKS_FAILED, this.scorer.failedTasks() - failedTasks);
		for (SentenceScore score : fresh.values()) {
			RunCounts.add(this.counts, switch (score.status()) {
				case SCORED -> RunCounts.SENTENCES_PARSED;
				case TOO_LONG -> RunCounts.SENTENCES_TOO_LONG;
				case FAILED -> RunCounts.SENTENCES_FAILED;
			}, 1);
		}
		this.store.saveSentenceScores(model, fresh);
		known.putAll(fresh);

		Map<Long, CommentScore> commentScores = new LinkedHashMap<>();
		ScoreStore.byComment(commentIds, rows)
			.forEach((commentId, sentences) -> commentScores.put(commentId,
					CommentScore.of(sentences.stream()
						.map(s -> new CommentScore.Part(known.get(s.sentenceId()), s.tokens()))
						.toList())));
		this.store.saveCommentScores(model, commentScores);
		RunCounts.add(this.counts, RunCounts.COMMENTS_SCORED, commentScores.size());
	}

}

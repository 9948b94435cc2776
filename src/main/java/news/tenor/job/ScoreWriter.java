package news.tenor.job;

import news.tenor.run.RunCounts;
import news.tenor.scoring.ChunkScorer;
import news.tenor.scoring.CommentScoring;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The score step's writer: scores each chunk of comments ({@link ChunkScorer}, which
 * queues the next chunk's sentences in Spark before it waits for its own) and counts what
 * it did in the step's context, so a restarted step carries on counting.
 */
class ScoreWriter implements ItemWriter<Long>, StepExecutionListener {

	private final CommentScoring scoring;

	private final ChunkScorer scorer;

	private final UnscoredComments comments;

	private final int chunkSize;

	private ExecutionContext counts;

	/** Failed Spark tasks counted by earlier executions of this step (a restart). */
	private long failedTasksBefore;

	/** This JVM's failed Spark tasks when the step started. */
	private long failedTasksAtStart;

	ScoreWriter(CommentScoring scoring, ChunkScorer scorer, UnscoredComments comments, int chunkSize) {
		this.scoring = scoring;
		this.scorer = scorer;
		this.comments = comments;
		this.chunkSize = chunkSize;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.counts = stepExecution.getExecutionContext();
		this.failedTasksBefore = this.counts.getLong(RunCounts.SPARK_TASKS_FAILED, 0);
		this.failedTasksAtStart = this.scoring.failedTasks();
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		this.scorer.cancel();
		return null;
	}

	@Override
	public void write(Chunk<? extends Long> chunk) throws Exception {
		ChunkScorer.Chunk done = this.scorer.score(chunk.getItems().stream().map(Long::longValue).toList(),
				this.comments.peek(this.chunkSize));
		RunCounts.add(this.counts, RunCounts.SENTENCES_TOO_LONG, done.tooLong());
		RunCounts.add(this.counts, RunCounts.SENTENCES_CACHED, done.cached());
		RunCounts.add(this.counts, RunCounts.SENTENCES_PARSED, done.parsed());
		RunCounts.add(this.counts, RunCounts.SENTENCES_FAILED, done.failed());
		done.parsedByExecutor()
			.forEach((executor, n) -> RunCounts.add(this.counts, RunCounts.SENTENCES_PARSED_BY + executor, n));
		RunCounts.add(this.counts, RunCounts.COMMENTS_SCORED, done.comments());
		RunCounts.add(this.counts, RunCounts.SENTENCES_DETECTED, done.detected());
		RunCounts.add(this.counts, RunCounts.SENTENCES_NOT_ENGLISH, done.notEnglish());
		RunCounts.add(this.counts, RunCounts.COMMENTS_NOT_ENGLISH, done.commentsNotEnglish());
		RunCounts.add(this.counts, RunCounts.SENTENCES_RECOGNISED, done.recognised());
		this.counts.putLong(RunCounts.SPARK_TASKS_FAILED,
				this.failedTasksBefore + this.scoring.failedTasks() - this.failedTasksAtStart);
	}

}

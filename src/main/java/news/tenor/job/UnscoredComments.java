package news.tenor.job;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import news.tenor.run.RunCounts;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ids of the run's comments without a score for the model, in id order, read from a
 * database cursor (a restart picks up exactly the rest); the score step's writer can look
 * at the next chunk's ids before the step reads them, so that their sentences are queued
 * in Spark while the current chunk finishes. At most one chunk of ids is held ahead. When
 * it opens it counts them, for the step's progress ({@link RunCounts#COMMENTS_TO_SCORE}).
 */
class UnscoredComments implements ItemStreamReader<Long> {

	/** The run's comments without a score for the model. */
	private static final String UNSCORED = "FROM run_article r JOIN comment c ON c.article_id = r.article_id "
			+ "WHERE r.job_instance_id = ? AND NOT EXISTS (SELECT 1 FROM comment_score s "
			+ "WHERE s.comment_id = c.id AND s.model = ?)";

	private final JdbcCursorItemReader<Long> cursor;

	/** Counts the comments to score when the reader opens; {@code null}: not counted. */
	private final LongSupplier toScore;

	private final Deque<Long> ahead = new ArrayDeque<>();

	UnscoredComments(JdbcCursorItemReader<Long> cursor) {
		this(cursor, null);
	}

	private UnscoredComments(JdbcCursorItemReader<Long> cursor, LongSupplier toScore) {
		this.cursor = cursor;
		this.toScore = toScore;
	}

	/** The run's comments without a score for the model. */
	static UnscoredComments of(DataSource dataSource, long jobInstanceId, String model) {
		JdbcCursorItemReader<Long> cursor = new JdbcCursorItemReaderBuilder<Long>().name("unscoredComments")
			.dataSource(dataSource)
			.sql("SELECT c.id " + UNSCORED + " ORDER BY c.id")
			.preparedStatementSetter(ps -> {
				ps.setLong(1, jobInstanceId);
				ps.setString(2, model);
			})
			.rowMapper((rs, n) -> rs.getLong(1))
			.saveState(false)
			.build();
		return new UnscoredComments(cursor, () -> {
			Long count = new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) " + UNSCORED, Long.class,
					jobInstanceId, model);
			return count == null ? 0 : count;
		});
	}

	@Override
	public Long read() throws Exception {
		return this.ahead.isEmpty() ? this.cursor.read() : this.ahead.poll();
	}

	/** The next ids {@link #read()} will return, up to {@code count} of them. */
	List<Long> peek(int count) throws Exception {
		while (this.ahead.size() < count) {
			Long id = this.cursor.read();
			if (id == null) {
				break;
			}
			this.ahead.add(id);
		}
		List<Long> next = new ArrayList<>(Math.min(count, this.ahead.size()));
		for (Long id : this.ahead) {
			if (next.size() == count) {
				break;
			}
			next.add(id);
		}
		return next;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.ahead.clear();
		if (this.toScore != null) {
			executionContext.putLong(RunCounts.COMMENTS_TO_SCORE, this.toScore.getAsLong());
		}
		this.cursor.open(executionContext);
	}

	@Override
	public void update(ExecutionContext executionContext) {
		this.cursor.update(executionContext);
	}

	@Override
	public void close() {
		this.cursor.close();
	}

}

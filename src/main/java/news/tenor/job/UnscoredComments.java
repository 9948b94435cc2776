package news.tenor.job;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;

/**
 * The ids of the run's comments without a score for the model, in id order, read from a
 * database cursor; the score step's writer can look at the next chunk's ids before the
 * step reads them, so that their sentences are queued in Spark while the current chunk
 * finishes. At most one chunk of ids is held ahead.
 */
class UnscoredComments implements ItemStreamReader<Long> {

	private final JdbcCursorItemReader<Long> cursor;

	private final Deque<Long> ahead = new ArrayDeque<>();

	UnscoredComments(JdbcCursorItemReader<Long> cursor) {
		this.cursor = cursor;
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

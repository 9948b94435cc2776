package news.tenor.job;

import java.util.ArrayList;
import java.util.List;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class UnscoredCommentsTest {

	@Test
	void peekingAtTheNextChunkChangesNothingTheStepReads() throws Exception {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:unscored;DB_CLOSE_DELAY=-1");
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.execute("CREATE TABLE c (id BIGINT PRIMARY KEY)");
		for (long id = 1; id <= 7; id++) {
			jdbc.update("INSERT INTO c VALUES (?)", id);
		}
		UnscoredComments comments = new UnscoredComments(new JdbcCursorItemReaderBuilder<Long>().name("c")
			.dataSource(dataSource)
			.sql("SELECT id FROM c ORDER BY id")
			.rowMapper((rs, n) -> rs.getLong(1))
			.saveState(false)
			.build());
		comments.open(new ExecutionContext());
		assertThat(comments.peek(3)).containsExactly(1L, 2L, 3L);
		assertThat(comments.read()).isEqualTo(1L);
		assertThat(comments.peek(3)).containsExactly(2L, 3L, 4L);
		assertThat(comments.peek(2)).containsExactly(2L, 3L);
		List<Long> read = new ArrayList<>();
		for (Long id = comments.read(); id != null; id = comments.read()) {
			read.add(id);
			assertThat(comments.peek(10)).hasSize(7 - id.intValue());
		}
		assertThat(read).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
		assertThat(comments.peek(3)).isEmpty();
		comments.close();
	}

}

package news.tenor.report;

import news.tenor.TenorSchema;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * A real H2 file with Tenor's schema, filled row by row the way the job stores them, for
 * the workbook's tests and benchmark.
 */
final class ReportDatabase implements AutoCloseable {

	static final String MODEL = "corenlp-4.5.10/sr/maxlen-80";

	private static final AtomicLong KEYS = new AtomicLong();

	private final SingleConnectionDataSource dataSource;

	final JdbcTemplate jdbc;

	ReportDatabase(Path folder) {
		this.dataSource = new SingleConnectionDataSource("jdbc:h2:file:" + folder.resolve("tenor").toAbsolutePath(),
				"sa", "", true);
		this.jdbc = new JdbcTemplate(this.dataSource);
		TenorSchema.createH2(this.dataSource);
	}

	ReportQueries queries() {
		return new ReportQueries(this.jdbc);
	}

	long article(String source, LocalDate published, String category, String title) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			var ps = connection.prepareStatement(
					"INSERT INTO article (article_key, content_hash, source, published, category, title, location, "
							+ "first_seen, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
					new String[] { "ID" });
			String hash = hash(KEYS.incrementAndGet());
			ps.setString(1, hash);
			ps.setString(2, hash);
			ps.setString(3, source);
			ps.setObject(4, published);
			ps.setString(5, category);
			ps.setString(6, title);
			ps.setString(7, "archive/" + title + ".txt");
			Timestamp now = Timestamp.valueOf(LocalDateTime.now());
			ps.setTimestamp(8, now);
			ps.setTimestamp(9, now);
			return ps;
		}, key);
		return key.getKey().longValue();
	}

	/** A comment; {@code up}/{@code down} {@code null}: votes unknown. */
	long comment(long articleId, int position, String text, String ownText, String quotedText, String quotes,
			Integer up, Integer down) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			var ps = connection.prepareStatement(
					"INSERT INTO comment (article_id, position, text, own_text, quoted_text, quotes, up_votes, "
							+ "down_votes, net_votes, text_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					new String[] { "ID" });
			ps.setLong(1, articleId);
			ps.setInt(2, position);
			ps.setString(3, text);
			ps.setString(4, ownText);
			ps.setString(5, quotedText);
			ps.setString(6, quotes);
			ps.setObject(7, up);
			ps.setObject(8, down);
			ps.setObject(9, up == null || down == null ? null : up - down);
			ps.setString(10, hash(KEYS.incrementAndGet()));
			return ps;
		}, key);
		return key.getKey().longValue();
	}

	/** A comment score; {@code label} {@code null}: nothing of it could be scored. */
	void score(long commentId, String model, Integer label, Double score, int sentences, int unscored) {
		this.jdbc.update(
				"INSERT INTO comment_score (comment_id, model, label, score, sentences, unscored) VALUES (?, ?, ?, ?, ?, ?)",
				commentId, model, label, score, sentences, unscored);
	}

	void addToRun(long jobInstanceId, long articleId) {
		this.jdbc.update("INSERT INTO run_article (job_instance_id, article_id) VALUES (?, ?)", jobInstanceId,
				articleId);
	}

	void reject(long jobInstanceId, String location, Integer line, String reason) {
		this.jdbc.update(
				"INSERT INTO reject (job_instance_id, location, line, reason, rejected_at) VALUES (?, ?, ?, ?, ?)",
				jobInstanceId, location, line, reason, Timestamp.valueOf(LocalDateTime.now()));
	}

	private static String hash(long n) {
		return HexFormat.of().formatHex(new byte[32]).substring(16) + String.format("%016x", n);
	}

	@Override
	public void close() {
		this.jdbc.execute("SHUTDOWN");
		this.dataSource.destroy();
	}

}

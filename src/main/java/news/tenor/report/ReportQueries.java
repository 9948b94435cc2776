package news.tenor.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What a report shows, read from H2 for one job instance (the articles its run covered)
 * and one model setting. Rows are streamed to the caller, never collected, so the
 * report's memory does not grow with the archive.
 */
@Repository
public class ReportQueries {

	/**
	 * One article and its comments' sentiment. {@code score} is the mean comment score,
	 * {@code voteWeighted} counts each up-vote as a reader agreeing with the comment and
	 * each down-vote as one disagreeing, {@code controversy} is the standard deviation of
	 * comment scores.
	 */
	public record ArticleRow(long id, String title, LocalDate published, String source, String category, int comments,
			int scored, long up, long down, Double score, Double voteWeighted, Double controversy, double[] shares,
			int firstCommentRow) {
	}

	public record CommentRow(long articleId, String title, LocalDate published, int position, Integer net, Integer up,
			Integer down, Integer label, Double score, String text, String ownText, String quotedText, String quotes,
			int sentences, int unscored) {
	}

	public record RejectRow(String location, Integer line, String reason) {
	}

	private final JdbcTemplate jdbc;

	public ReportQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void articles(long jobInstanceId, String model, Consumer<ArticleRow> sink) {
		int[] commentRow = { 1 };
		this.jdbc.query(
				"""
						SELECT a.id, a.title, a.published, a.source, a.category,
						       COUNT(c.id) AS comments, COUNT(s.label) AS scored,
						       COALESCE(SUM(c.up_votes), 0) AS up, COALESCE(SUM(c.down_votes), 0) AS down,
						       AVG(s.score) AS score,
						       SUM(CASE WHEN s.score IS NULL THEN NULL
						                ELSE (1 + COALESCE(c.up_votes, 0) - COALESCE(c.down_votes, 0)) * s.score END)
						         / NULLIF(SUM(CASE WHEN s.score IS NULL THEN NULL
						                ELSE 1 + COALESCE(c.up_votes, 0) + COALESCE(c.down_votes, 0) END), 0) AS vote_weighted,
						       STDDEV_POP(s.score) AS controversy,
						       SUM(CASE WHEN s.label = 0 THEN 1 ELSE 0 END) AS n0, SUM(CASE WHEN s.label = 1 THEN 1 ELSE 0 END) AS n1,
						       SUM(CASE WHEN s.label = 2 THEN 1 ELSE 0 END) AS n2, SUM(CASE WHEN s.label = 3 THEN 1 ELSE 0 END) AS n3,
						       SUM(CASE WHEN s.label = 4 THEN 1 ELSE 0 END) AS n4
						FROM run_article r
						JOIN article a ON a.id = r.article_id
						LEFT JOIN comment c ON c.article_id = a.id
						LEFT JOIN comment_score s ON s.comment_id = c.id AND s.model = ?
						WHERE r.job_instance_id = ?
						GROUP BY a.id, a.title, a.published, a.source, a.category
						ORDER BY a.published, a.id
						""",
				rs -> {
					int comments = rs.getInt("comments");
					int scored = rs.getInt("scored");
					double[] shares = new double[5];
					for (int k = 0; k < 5; k++) {
						shares[k] = scored == 0 ? 0 : rs.getDouble("n" + k) / scored;
					}
					sink.accept(new ArticleRow(rs.getLong("id"), rs.getString("title"),
							rs.getObject("published", LocalDate.class), rs.getString("source"),
							rs.getString("category"), comments, scored, rs.getLong("up"), rs.getLong("down"),
							decimal(rs, "score"), decimal(rs, "vote_weighted"),
							scored < 2 ? null : decimal(rs, "controversy"), shares,
							comments == 0 ? 0 : commentRow[0] + 1));
					commentRow[0] += comments;
				}, model, jobInstanceId);
	}

	/** Comments in the order of {@link #articles}: by article date, article, position. */
	public void comments(long jobInstanceId, String model, Consumer<CommentRow> sink) {
		this.jdbc.query("""
				SELECT a.id AS article_id, a.title, a.published, c.position, c.net_votes, c.up_votes, c.down_votes,
				       s.label, s.score, c.text, c.own_text, c.quoted_text, c.quotes,
				       COALESCE(s.sentences, 0) AS sentences, COALESCE(s.unscored, 0) AS unscored
				FROM run_article r
				JOIN article a ON a.id = r.article_id
				JOIN comment c ON c.article_id = a.id
				LEFT JOIN comment_score s ON s.comment_id = c.id AND s.model = ?
				WHERE r.job_instance_id = ?
				ORDER BY a.published, a.id, c.position
				""", rs -> {
			sink.accept(new CommentRow(rs.getLong("article_id"), rs.getString("title"),
					rs.getObject("published", LocalDate.class), rs.getInt("position"),
					(Integer) rs.getObject("net_votes"), (Integer) rs.getObject("up_votes"),
					(Integer) rs.getObject("down_votes"), rs.getObject("label") == null ? null : rs.getInt("label"),
					decimal(rs, "score"), rs.getString("text"), rs.getString("own_text"), rs.getString("quoted_text"),
					rs.getString("quotes"), rs.getInt("sentences"), rs.getInt("unscored")));
		}, model, jobInstanceId);
	}

	private static Double decimal(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	public void rejects(long jobInstanceId, Consumer<RejectRow> sink) {
		this.jdbc.query("SELECT location, line, reason FROM reject WHERE job_instance_id = ? ORDER BY location", rs -> {
			sink.accept(
					new RejectRow(rs.getString("location"), (Integer) rs.getObject("line"), rs.getString("reason")));
		}, jobInstanceId);
	}

}

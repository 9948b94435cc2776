package news.tenor.report;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import news.tenor.mentions.EntityType;
import news.tenor.mentions.RunMentions;
import news.tenor.run.RunScope;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a report shows, read from H2. Rows are streamed to the caller, never collected, so
 * the report's memory does not grow with the archive: only the ids of the articles
 * covered are held, to read their comments a batch of articles at a time (one query over
 * all comments would make H2 sort them all in memory first).
 */
@Component
public class ReportQueries {

	/** Articles whose comments are read in one query. */
	private static final int ARTICLES_PER_BATCH = 200;

	/**
	 * One article and the sums of its comments' sentiment. {@code controversy} is the
	 * standard deviation of its comment scores ({@code null} below two scored comments).
	 * Added up from its comments as they stream (ArticlesSheet).
	 */
	record ArticleRow(long id, String title, LocalDate published, String source, String category, Tally tally,
			Double controversy) {
	}

	/**
	 * A comment with its article, or an article without comments ({@code hasComment}
	 * false, every comment field empty).
	 */
	record CommentRow(long articleId, long commentId, String title, LocalDate published, String source, String category,
			boolean hasComment, int position, Integer net, Integer up, Integer down, Integer label, Double score,
			String text, String ownText, String quotedText, String quotes, int sentences, int unscored,
			boolean scoreKnown, String note, String articleNote, String languages, int notEnglish) {

		/** A comment with nothing in English to score (calibrated score). */
		boolean notInEnglish() {
			return this.languages != null && this.label == null && this.notEnglish > 0;
		}

	}

	record RejectRow(String location, Integer line, String reason) {
	}

	/**
	 * A comment's sentiment toward one entity it names, with its article: the rows of the
	 * Mentions sheet.
	 */
	record MentionRow(long articleId, long commentId, String title, LocalDate published, int position, String name,
			EntityType type, String asWritten, int mentions, Double score, Integer label) {
	}

	/** A comment-entity row of a period, for the previous period's figures. */
	record PeriodMention(String name, EntityType type, Integer label, Double score) {
	}

	private static final String ARTICLE_ORDER = "ORDER BY a.published, a.id";

	private final JdbcTemplate jdbc;

	public ReportQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The articles of the scope with their comments, by article date, article, position:
	 * the order of the Articles and Comments sheets. An article without comments comes as
	 * one row without a comment ({@link CommentRow#hasComment()} false).
	 */
	void comments(ReportScope scope, Consumer<CommentRow> sink) {
		List<Long> ids = this.jdbc.queryForList(
				"SELECT a.id FROM run_article r JOIN article a ON a.id = r.article_id WHERE r.job_instance_id = ? "
						+ ARTICLE_ORDER,
				Long.class, scope.jobInstanceId());
		for (int start = 0; start < ids.size(); start += ARTICLES_PER_BATCH) {
			Object[] batch = ids.subList(start, Math.min(ids.size(), start + ARTICLES_PER_BATCH)).toArray();
			this.jdbc.query("""
					SELECT a.id AS article_id, a.title, a.published, a.source, a.category, c.id AS comment_id,
					       c.position, c.net_votes, c.up_votes, c.down_votes, s.comment_id AS scored_id, s.label,
					       s.score, c.text, c.own_text, c.quoted_text, c.quotes,
					       COALESCE(s.sentences, 0) AS sentences, COALESCE(s.unscored, 0) AS unscored,
					       c.note, a.note AS article_note, s.languages, COALESCE(s.not_english, 0) AS not_english
					FROM article a
					LEFT JOIN comment c ON c.article_id = a.id
					LEFT JOIN comment_score s ON s.comment_id = c.id AND s.model = ?
					WHERE a.id = ANY(?)
					ORDER BY a.published, a.id, c.position
					""", ps -> {
				ps.setString(1, scope.model());
				ps.setArray(2, ps.getConnection().createArrayOf("BIGINT", batch));
			}, rs -> {
				sink.accept(new CommentRow(rs.getLong("article_id"), rs.getLong("comment_id"), rs.getString("title"),
						rs.getObject("published", LocalDate.class), rs.getString("source"), rs.getString("category"),
						rs.getObject("comment_id") != null, rs.getInt("position"), (Integer) rs.getObject("net_votes"),
						(Integer) rs.getObject("up_votes"), (Integer) rs.getObject("down_votes"),
						rs.getObject("label") == null ? null : rs.getInt("label"), decimal(rs, "score"),
						rs.getString("text"), rs.getString("own_text"), rs.getString("quoted_text"),
						rs.getString("quotes"), rs.getInt("sentences"), rs.getInt("unscored"),
						rs.getObject("scored_id") != null, rs.getString("note"), rs.getString("article_note"),
						rs.getString("languages"), rs.getInt("not_english")));
			});
		}
	}

	/**
	 * The ids of the report's comments that name an entity (mention scores of the model),
	 * in order: the Mentions sheet links to their rows in Comments.
	 */
	long[] commentsWithMentions(ReportScope scope) {
		return this.jdbc.queryForList("""
				SELECT DISTINCT m.comment_id FROM run_article r JOIN comment c ON c.article_id = r.article_id
				JOIN mention m ON m.comment_id = c.id AND m.model = ?
				WHERE r.job_instance_id = ? ORDER BY m.comment_id
				""", Long.class, RunMentions.modelKey(scope.model()), scope.jobInstanceId())
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
	}

	/**
	 * The report's comment-entity rows in the order of the Comments sheet (by article
	 * date, article, position), then by name; read a batch of articles at a time.
	 */
	void mentions(ReportScope scope, Consumer<MentionRow> sink) {
		List<Long> ids = this.jdbc.queryForList(
				"SELECT a.id FROM run_article r JOIN article a ON a.id = r.article_id WHERE r.job_instance_id = ? "
						+ ARTICLE_ORDER,
				Long.class, scope.jobInstanceId());
		String model = RunMentions.modelKey(scope.model());
		for (int start = 0; start < ids.size(); start += ARTICLES_PER_BATCH) {
			Object[] batch = ids.subList(start, Math.min(ids.size(), start + ARTICLES_PER_BATCH)).toArray();
			this.jdbc.query("""
					SELECT a.id AS article_id, a.title, a.published, c.id AS comment_id, c.position, m.name, m.type,
					       m.as_written, m.mentions, m.score, m.label
					FROM article a JOIN comment c ON c.article_id = a.id
					JOIN mention m ON m.comment_id = c.id AND m.model = ?
					WHERE a.id = ANY(?)
					ORDER BY a.published, a.id, c.position, m.name, m.type
					""", ps -> {
				ps.setString(1, model);
				ps.setArray(2, ps.getConnection().createArrayOf("BIGINT", batch));
			}, rs -> {
				sink.accept(new MentionRow(rs.getLong("article_id"), rs.getLong("comment_id"), rs.getString("title"),
						rs.getObject("published", LocalDate.class), rs.getInt("position"), rs.getString("name"),
						EntityType.valueOf(rs.getString("type")), rs.getString("as_written"), rs.getInt("mentions"),
						decimal(rs, "score"), rs.getObject("label") == null ? null : rs.getInt("label")));
			});
		}
	}

	/**
	 * The comment-entity rows of every article in the database published in a period that
	 * the scope includes, for the given names: the previous period of the Overview's most
	 * mentioned.
	 */
	void mentionsInPeriod(Period period, String commentModel, RunScope scope, List<String> names,
			Consumer<PeriodMention> sink) {
		if (names.isEmpty()) {
			return;
		}
		this.jdbc.query("""
				SELECT a.source, a.category, a.published, m.name, m.type, m.label, m.score
				FROM article a JOIN comment c ON c.article_id = a.id
				JOIN mention m ON m.comment_id = c.id AND m.model = ?
				WHERE a.published BETWEEN ? AND ? AND m.name = ANY(?)
				""", (PreparedStatement ps) -> {
			ps.setString(1, RunMentions.modelKey(commentModel));
			ps.setObject(2, period.from());
			ps.setObject(3, period.to());
			ps.setArray(4, ps.getConnection().createArrayOf("VARCHAR", names.toArray()));
		}, rs -> {
			if (scope.includes(rs.getObject("published", LocalDate.class), rs.getString("source"),
					rs.getString("category"))) {
				sink.accept(new PeriodMention(rs.getString("name"), EntityType.valueOf(rs.getString("type")),
						rs.getObject("label") == null ? null : rs.getInt("label"), decimal(rs, "score")));
			}
		});
	}

	/** How many comments the report covers. */
	long comments(ReportScope scope) {
		Long count = this.jdbc
			.queryForObject("SELECT COUNT(*) FROM run_article r JOIN comment c ON c.article_id = r.article_id "
					+ "WHERE r.job_instance_id = ?", Long.class, scope.jobInstanceId());
		return count == null ? 0 : count;
	}

	void rejects(long jobInstanceId, Consumer<RejectRow> sink) {
		// the line as a number: x.jsonl line 2 before line 11
		this.jdbc.query(
				"SELECT location, line, reason FROM reject WHERE job_instance_id = ? ORDER BY location, line NULLS FIRST",
				rs -> {
					sink.accept(new RejectRow(rs.getString("location"), (Integer) rs.getObject("line"),
							rs.getString("reason")));
				}, jobInstanceId);
	}

	/**
	 * The sums over every article in the database published in a period (not only those
	 * of a run) that the scope includes, with their comments' scores for a model. The
	 * comments are added up as the report adds up its own ({@link Tally#addComment}) and
	 * the articles tested as ingest tests them ({@link RunScope#includes}), so a figure
	 * of the previous period means what it means for this one.
	 */
	Tally period(Period period, String model, RunScope scope) {
		Tally total = new Tally();
		boolean[] included = { false };
		long[] current = { -1 };
		this.jdbc.query("""
				SELECT a.id AS article_id, a.source, a.category, a.published, c.id AS comment_id, c.up_votes,
				       c.down_votes, s.label, s.score, COALESCE(s.sentences, 0) AS sentences,
				       COALESCE(s.unscored, 0) AS unscored, s.languages, COALESCE(s.not_english, 0) AS not_english
				FROM article a
				LEFT JOIN comment c ON c.article_id = a.id
				LEFT JOIN comment_score s ON s.comment_id = c.id AND s.model = ?
				WHERE a.published BETWEEN ? AND ?
				ORDER BY a.id
				""", (PreparedStatement ps) -> {
			ps.setString(1, model);
			ps.setObject(2, period.from());
			ps.setObject(3, period.to());
		}, rs -> {
			long id = rs.getLong("article_id");
			if (id != current[0]) {
				current[0] = id;
				included[0] = scope.includes(rs.getObject("published", LocalDate.class), rs.getString("source"),
						rs.getString("category"));
				if (included[0]) {
					total.add(Tally.ofArticle());
				}
			}
			if (included[0] && rs.getObject("comment_id") != null) {
				Integer label = rs.getObject("label") == null ? null : rs.getInt("label");
				total.addComment((Integer) rs.getObject("up_votes"), (Integer) rs.getObject("down_votes"), label,
						decimal(rs, "score"), rs.getInt("sentences"), rs.getInt("unscored"), rs.getInt("not_english"));
			}
		});
		return total;
	}

	private static Double decimal(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

}

package news.tenor.mentions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import news.tenor.scoring.SentenceScore;
import news.tenor.store.Dialect;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The mentions cache and a run's entities and mention scores in the database (Flyway V8):
 * {@code sentence_mentions} and {@code article_mentions}, written once per sentence or
 * article version and recogniser model, and {@code entity} and {@code mention}, which
 * each run that resolves the comments writes afresh.
 */
@Component
public class MentionStore {

	/** Articles read in one query. */
	static final int ARTICLES_PER_BATCH = 200;

	/** A sentence of a scored comment with what the cache holds of it. */
	record CommentSentence(long articleId, long commentId, String text, int tokens, SentenceScore.Status status,
			double[] probabilities, String analysis, boolean analysed, String language, int letters, boolean latin,
			String mentions) {
	}

	/** An article's own text, as stored. */
	record ArticleText(long id, String contentHash, String title, String caption, String body) {
	}

	/** A comment's sentiment toward one entity, as stored. */
	record MentionRow(long commentId, String name, EntityType type, String asWritten, int mentions, Double score,
			Integer label) {
	}

	/** One of the run's entities, as stored. */
	record EntityRow(String name, EntityType type, List<String> names) {
	}

	private static final String RUN_COMMENTS = "SELECT c.id FROM run_article r JOIN comment c ON c.article_id = r.article_id "
			+ "WHERE r.job_instance_id = ?";

	private final JdbcTemplate jdbc;

	private final Dialect dialect;

	public MentionStore(JdbcTemplate jdbc, Dialect dialect) {
		this.jdbc = jdbc;
		this.dialect = dialect;
	}

	/**
	 * Sentences of the run's comments without mentions for the model, except those known
	 * to be in another language.
	 */
	List<Long> sentencesWithoutMentions(long jobInstanceId, String model, String detector) {
		return this.jdbc.queryForList("""
				SELECT DISTINCT cs.sentence_id
				FROM run_article r JOIN comment c ON c.article_id = r.article_id
				JOIN comment_sentence cs ON cs.comment_id = c.id
				LEFT JOIN sentence_mentions sm ON sm.sentence_id = cs.sentence_id AND sm.model = ?
				LEFT JOIN sentence_language sl ON sl.sentence_id = cs.sentence_id AND sl.detector = ?
				WHERE r.job_instance_id = ? AND sm.sentence_id IS NULL
				  AND (sl.language IS NULL OR sl.language IN ('en', 'und'))
				ORDER BY cs.sentence_id
				""", Long.class, model, detector, jobInstanceId);
	}

	List<SparkRecogniser.Sentence> sentenceTexts(List<Long> ids) {
		return this.jdbc.query("SELECT id, text FROM sentence WHERE id = ANY(?) ORDER BY id",
				(rs, n) -> new SparkRecogniser.Sentence(rs.getLong("id"), 0, rs.getString("text")),
				(Object) ids.toArray(new Long[0]));
	}

	void saveSentenceMentions(String model, Map<Long, String> mentions) {
		List<Object[]> rows = new ArrayList<>(mentions.size());
		mentions.forEach((id, m) -> rows.add(new Object[] { id, model, m }));
		this.jdbc.batchUpdate(this.dialect.upsert("sentence_mentions", List.of("sentence_id", "model"),
				List.of("sentence_id", "model", "mentions")), rows);
	}

	/** The run's articles in the order of the report. */
	List<Long> runArticles(long jobInstanceId) {
		return this.jdbc.queryForList(
				"SELECT a.id FROM run_article r JOIN article a ON a.id = r.article_id WHERE r.job_instance_id = ? "
						+ "ORDER BY a.published, a.id",
				Long.class, jobInstanceId);
	}

	/** The run's articles whose current text has no mentions cached for the model. */
	List<Long> articlesWithoutMentions(long jobInstanceId, String model) {
		return this.jdbc.queryForList("""
				SELECT a.id FROM run_article r JOIN article a ON a.id = r.article_id
				LEFT JOIN article_mentions am ON am.article_id = a.id AND am.model = ?
				     AND am.content_hash = a.content_hash
				WHERE r.job_instance_id = ? AND am.article_id IS NULL ORDER BY a.id
				""", Long.class, model, jobInstanceId);
	}

	List<ArticleText> articleTexts(List<Long> ids) {
		return this.jdbc.query(
				"SELECT id, content_hash, title, caption, body FROM article WHERE id = ANY(?) ORDER BY id",
				(rs, n) -> new ArticleText(rs.getLong("id"), rs.getString("content_hash"), rs.getString("title"),
						rs.getString("caption"), rs.getString("body")),
				(Object) ids.toArray(new Long[0]));
	}

	/**
	 * An article's mentions to cache: its number of sentences and, for each sentence with
	 * a mention, a line {@code m1 ...<TAB>sentence}.
	 */
	record ArticleMentions(ArticleText article, int sentences, String lines) {
	}

	/** Caches articles' mentions, in one batch. */
	void saveArticleMentions(String model, List<ArticleMentions> articles) {
		List<Object[]> rows = new ArrayList<>(articles.size());
		for (ArticleMentions a : articles) {
			rows.add(new Object[] { a.article().id(), model, a.article().contentHash(), a.sentences(), a.lines() });
		}
		this.jdbc.batchUpdate(this.dialect.upsert("article_mentions", List.of("article_id", "model"),
				List.of("article_id", "model", "content_hash", "sentences", "mentions")), rows);
	}

	/**
	 * The cached lines of each article ({@link #saveArticleMentions},
	 * {@link ArticleMentions}).
	 */
	Map<Long, String> articleMentions(List<Long> ids, String model) {
		Map<Long, String> lines = new LinkedHashMap<>();
		this.jdbc.query("SELECT article_id, mentions FROM article_mentions WHERE model = ? AND article_id = ANY(?)",
				rs -> {
					lines.put(rs.getLong("article_id"), rs.getString("mentions"));
				}, model, ids.toArray(new Long[0]));
		return lines;
	}

	/**
	 * The sentences of the articles' comments scored with the comment model, by article,
	 * comment and position, with their cached score, language and mentions; the analysis
	 * only of those that have a mention ({@code analysed} says whether it is cached).
	 */
	void commentSentences(List<Long> articleIds, String commentModel, String sentenceModel, String detector,
			String nerModel, Consumer<CommentSentence> sink) {
		this.jdbc.query("""
				SELECT c.article_id, c.id AS comment_id, s.text, s.tokens, ss.status, ss.p0, ss.p1, ss.p2, ss.p3, ss.p4,
				       CASE WHEN sm.mentions LIKE 'm1 % %' THEN sa.analysis END AS analysis,
				       CASE WHEN sa.sentence_id IS NULL THEN 0 ELSE 1 END AS analysed,
				       sl.language, sl.letters, sl.latin, sm.mentions
				FROM comment c
				JOIN comment_score cm ON cm.comment_id = c.id AND cm.model = ?
				JOIN comment_sentence cs ON cs.comment_id = c.id
				JOIN sentence s ON s.id = cs.sentence_id
				LEFT JOIN sentence_score ss ON ss.sentence_id = s.id AND ss.model = ?
				LEFT JOIN sentence_analysis sa ON sa.sentence_id = s.id AND sa.model = ?
				LEFT JOIN sentence_language sl ON sl.sentence_id = s.id AND sl.detector = ?
				LEFT JOIN sentence_mentions sm ON sm.sentence_id = s.id AND sm.model = ?
				WHERE c.article_id = ANY(?)
				ORDER BY c.article_id, c.id, cs.idx
				""", rs -> {
			String status = rs.getString("status");
			sink.accept(new CommentSentence(rs.getLong("article_id"), rs.getLong("comment_id"), rs.getString("text"),
					rs.getInt("tokens"), status == null ? null : SentenceScore.Status.valueOf(status),
					probabilities(rs), rs.getString("analysis"), rs.getInt("analysed") == 1, rs.getString("language"),
					rs.getInt("letters"), rs.getBoolean("latin"), rs.getString("mentions")));
		}, commentModel, sentenceModel, sentenceModel, detector, nerModel, articleIds.toArray(new Long[0]));
	}

	private static double[] probabilities(ResultSet rs) throws SQLException {
		double p0 = rs.getDouble("p0");
		if (rs.wasNull()) {
			return null;
		}
		return new double[] { p0, rs.getDouble("p1"), rs.getDouble("p2"), rs.getDouble("p3"), rs.getDouble("p4") };
	}

	/**
	 * Replaces the run's entities and its comments' mention scores for the model: a rerun
	 * or a restart writes the same rows again, a later run over the same comments its
	 * own.
	 */
	void replace(long jobInstanceId, String model, List<EntityRow> entities, List<MentionRow> mentions) {
		this.jdbc.update("DELETE FROM mention WHERE model = ? AND comment_id IN (" + RUN_COMMENTS + ")", model,
				jobInstanceId);
		this.jdbc.update("DELETE FROM entity WHERE job_instance_id = ? AND model = ?", jobInstanceId, model);
		List<Object[]> rows = new ArrayList<>(entities.size());
		for (EntityRow entity : entities) {
			rows.add(new Object[] { jobInstanceId, model, cut(entity.name(), 1000), entity.type().name(),
					cut(String.join("; ", entity.names()), 10000) });
		}
		this.jdbc.batchUpdate(this.dialect.upsert("entity", List.of("job_instance_id", "model", "name", "type"),
				List.of("job_instance_id", "model", "name", "type", "names")), rows);
		rows = new ArrayList<>(mentions.size());
		for (MentionRow mention : mentions) {
			rows.add(new Object[] { mention.commentId(), model, cut(mention.name(), 1000), mention.type().name(),
					cut(mention.asWritten(), 4000), mention.mentions(), mention.score(), mention.label() });
		}
		this.jdbc.batchUpdate(
				this.dialect.upsert("mention", List.of("comment_id", "model", "name", "type"),
						List.of("comment_id", "model", "name", "type", "as_written", "mentions", "score", "label")),
				rows);
	}

	private static String cut(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
	}

}

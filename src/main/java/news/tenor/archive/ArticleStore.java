package news.tenor.archive;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Articles, comments and rejects in H2. An article is stored once per
 * {@link Article#identity()}; a re-delivered file with the same content changes nothing,
 * an edited one updates the article in place: new comments are added, changed ones
 * replaced (their scores dropped so they are scored again), none duplicated and none
 * deleted.
 */
@Repository
public class ArticleStore {

	public enum Outcome {

		NEW, UPDATED, UNCHANGED

	}

	/** A comment whose own words are new or changed and need splitting into sentences. */
	public record ChangedComment(long commentId, String ownWords) {
	}

	public record Saved(long articleId, Outcome outcome, int newComments, List<ChangedComment> changed) {
	}

	private final JdbcTemplate jdbc;

	public ArticleStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Saved save(ParsedEntry.Parsed parsed) {
		Article article = parsed.article();
		String key = Text.sha256(article.identity());
		String contentHash = contentHash(parsed);
		Timestamp now = Timestamp.from(Instant.now());
		List<Map<String, Object>> existing = this.jdbc
			.queryForList("SELECT id, content_hash FROM article WHERE article_key = ?", key);
		if (!existing.isEmpty() && contentHash.equals(existing.get(0).get("CONTENT_HASH"))) {
			return new Saved(((Number) existing.get(0).get("ID")).longValue(), Outcome.UNCHANGED, 0, List.of());
		}
		long articleId;
		Outcome outcome;
		if (existing.isEmpty()) {
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			this.jdbc.update(connection -> {
				PreparedStatement insert = connection
					.prepareStatement("INSERT INTO article (article_key, content_hash, "
							+ "source, published, category, title, dateline, caption, body, agency, publisher, location, "
							+ "first_seen, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
							Statement.RETURN_GENERATED_KEYS);
				insert.setString(1, key);
				insert.setString(2, contentHash);
				bindArticle(insert, 3, article, parsed.location());
				insert.setTimestamp(13, now);
				insert.setTimestamp(14, now);
				return insert;
			}, keys);
			articleId = keys.getKey().longValue();
			outcome = Outcome.NEW;
		}
		else {
			articleId = ((Number) existing.get(0).get("ID")).longValue();
			this.jdbc.update(connection -> {
				PreparedStatement update = connection
					.prepareStatement("UPDATE article SET content_hash = ?, source = ?, "
							+ "published = ?, category = ?, title = ?, dateline = ?, caption = ?, body = ?, agency = ?, "
							+ "publisher = ?, location = ?, updated = ? WHERE id = ?");
				update.setString(1, contentHash);
				bindArticle(update, 2, article, parsed.location());
				update.setTimestamp(12, now);
				update.setLong(13, articleId);
				return update;
			});
			outcome = Outcome.UPDATED;
		}
		Map<Integer, Map<String, Object>> stored = new HashMap<>();
		for (Map<String, Object> row : this.jdbc
			.queryForList("SELECT id, position, text_hash, up_votes FROM comment WHERE article_id = ?", articleId)) {
			stored.put(((Number) row.get("POSITION")).intValue(), row);
		}
		List<ChangedComment> changed = new ArrayList<>();
		int added = 0;
		for (int i = 0; i < article.comments().size(); i++) {
			Comment comment = article.comments().get(i);
			CommentWords words = parsed.words().get(i);
			String textHash = Text.sha256(Text.normalize(comment.text()));
			Map<String, Object> row = stored.get(comment.position());
			if (row == null) {
				long id = insertComment(articleId, comment, words, textHash);
				changed.add(new ChangedComment(id, words.own()));
				added++;
			}
			else if (textHash.equals(row.get("TEXT_HASH"))) {
				if (comment.votesKnown()) {
					this.jdbc.update("UPDATE comment SET up_votes = ?, down_votes = ?, net_votes = ? WHERE id = ?",
							comment.votes().up(), comment.votes().down(), comment.votes().net(), row.get("ID"));
				}
			}
			else {
				long id = ((Number) row.get("ID")).longValue();
				this.jdbc.update(
						"UPDATE comment SET text = ?, own_text = ?, quoted_text = ?, quotes = ?, up_votes = ?, "
								+ "down_votes = ?, net_votes = ?, text_hash = ? WHERE id = ?",
						comment.text(), words.own(), quotedText(words), quotes(words), up(comment), down(comment),
						net(comment), textHash, id);
				this.jdbc.update("DELETE FROM comment_sentence WHERE comment_id = ?", id);
				this.jdbc.update("DELETE FROM comment_score WHERE comment_id = ?", id);
				changed.add(new ChangedComment(id, words.own()));
			}
		}
		return new Saved(articleId, outcome, added, changed);
	}

	private long insertComment(long articleId, Comment comment, CommentWords words, String textHash) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			PreparedStatement insert = connection.prepareStatement("INSERT INTO comment (article_id, position, text, "
					+ "own_text, quoted_text, quotes, up_votes, down_votes, net_votes, text_hash) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
			insert.setLong(1, articleId);
			insert.setInt(2, comment.position());
			insert.setString(3, comment.text());
			insert.setString(4, words.own());
			insert.setString(5, quotedText(words));
			insert.setString(6, quotes(words));
			insert.setObject(7, up(comment));
			insert.setObject(8, down(comment));
			insert.setObject(9, net(comment));
			insert.setString(10, textHash);
			return insert;
		}, keys);
		return keys.getKey().longValue();
	}

	/** Adds the article to what a job instance covers. */
	public void addToRun(long jobInstanceId, long articleId) {
		this.jdbc.update("MERGE INTO run_article (job_instance_id, article_id) KEY (job_instance_id, article_id) "
				+ "VALUES (?, ?)", jobInstanceId, articleId);
	}

	public void reject(long jobInstanceId, ParsedEntry.Rejected rejected) {
		this.jdbc.update(
				"MERGE INTO reject (job_instance_id, location, line, reason, rejected_at) "
						+ "KEY (job_instance_id, location) VALUES (?, ?, ?, ?, ?)",
				jobInstanceId, truncate(rejected.location(), 4000), rejected.line() > 0 ? rejected.line() : null,
				truncate(rejected.reason(), 4000), Timestamp.from(Instant.now()));
	}

	private static void bindArticle(PreparedStatement statement, int first, Article article, String location)
			throws java.sql.SQLException {
		statement.setString(first, truncate(article.source(), 500));
		statement.setDate(first + 1, Date.valueOf(article.published()));
		statement.setString(first + 2, truncate(article.category(), 500));
		statement.setString(first + 3, truncate(article.title(), 4000));
		statement.setString(first + 4, truncate(article.dateline(), 500));
		statement.setString(first + 5, article.caption());
		statement.setString(first + 6, String.join("\n\n", article.body()));
		statement.setString(first + 7, truncate(article.agency(), 500));
		statement.setString(first + 8, truncate(article.publisher(), 500));
		statement.setString(first + 9, truncate(location, 4000));
	}

	/**
	 * Everything a reader sees: an unchanged re-delivery hashes the same, an edit does
	 * not.
	 */
	static String contentHash(ParsedEntry.Parsed parsed) {
		Article a = parsed.article();
		StringBuilder content = new StringBuilder(a.identity()).append('\n')
			.append(a.category())
			.append('\n')
			.append(a.dateline())
			.append('\n')
			.append(Text.normalize(a.caption()))
			.append('\n')
			.append(a.agency())
			.append('\n')
			.append(a.publisher())
			.append('\n');
		a.body().forEach(p -> content.append(Text.normalize(p)).append('\n'));
		for (Comment c : a.comments()) {
			content.append("--- ").append(c.votes()).append('\n').append(Text.normalize(c.text())).append('\n');
		}
		return Text.sha256(content.toString());
	}

	private static String quotedText(CommentWords words) {
		return words.quotes().isEmpty() ? null
				: words.quotes().stream().map(QuotedPassage::text).collect(Collectors.joining("\n\n"));
	}

	private static String quotes(CommentWords words) {
		return words.quotes().isEmpty() ? null
				: words.quotes().stream().map(QuotedPassage::quotes).distinct().collect(Collectors.joining(", "));
	}

	private static Integer up(Comment c) {
		return c.votesKnown() ? c.votes().up() : null;
	}

	private static Integer down(Comment c) {
		return c.votesKnown() ? c.votes().down() : null;
	}

	private static Integer net(Comment c) {
		return c.votesKnown() ? c.votes().net() : null;
	}

	private static String truncate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

}

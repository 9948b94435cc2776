package news.tenor.archive;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import news.tenor.store.Dialect;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Articles, comments and rejects in H2 (README, "What identifies an article"). An article
 * is stored once per {@link Article#identity()}. A copy with the same content changes
 * nothing. Any other copy is merged into what is stored, its comments matched to the
 * stored ones by their text rather than their number:
 * <ul>
 * <li>a comment not stored yet is added, after the stored ones;</li>
 * <li>a comment the copy completes (the stored one was cut short) is completed;</li>
 * <li>a stored comment missing from the copy is kept: no comment is ever deleted;</li>
 * <li>a <em>full</em> copy also brings new votes, edited comment text (sentences and
 * scores of the comment are dropped, so it is scored again), and a new body and fields;
 * but a body or comment of which the copy holds only the start, or a field it lacks,
 * stays as stored;</li>
 * <li>a <em>partial</em> copy (cut short: {@link ParsedEntry.Parsed#truncated()}; or
 * older: fewer comments than stored) fills in what is missing and overwrites
 * nothing.</li>
 * </ul>
 */
@Component
public class ArticleStore {

	public enum Outcome {

		/** First seen. */
		NEW,
		/** Something stored changed: comments added or edited, votes, article text. */
		UPDATED,
		/** Nothing stored changed: the same copy again, or a truncated or older one. */
		UNCHANGED

	}

	/**
	 * A comment that is new or whose text changed, and whose own words need splitting
	 * into sentences (comments without own words have none to split).
	 */
	public record ChangedComment(long commentId, String ownWords) {
	}

	public record Saved(long articleId, Outcome outcome, int newComments, List<ChangedComment> changed) {
	}

	/** A comment as stored. */
	private record StoredComment(long id, int position, String text, String textHash, Integer up, Integer down,
			Integer net) {

		boolean votesKnown() {
			return this.net != null;
		}

	}

	private static final String COMMENT_COLUMNS = "text, own_text, quoted_text, quotes, up_votes, down_votes, "
			+ "net_votes, text_hash, note";

	private final JdbcTemplate jdbc;

	private final String addToRun;

	public ArticleStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.addToRun = new Dialect(jdbc.getDataSource()).upsert("run_article",
				List.of("job_instance_id", "article_id"), List.of("job_instance_id", "article_id"));
	}

	public Saved save(ParsedEntry.Parsed parsed) {
		Article article = parsed.article();
		String key = Text.sha256(article.identity());
		String contentHash = contentHash(parsed);
		List<Map<String, Object>> existing = this.jdbc.queryForList("SELECT id, content_hash, body, caption, "
				+ "category, dateline, agency, publisher, note FROM article WHERE article_key = ?", key);
		if (existing.isEmpty()) {
			return insert(parsed, key, contentHash);
		}
		Map<String, Object> stored = existing.get(0);
		long articleId = ((Number) stored.get("ID")).longValue();
		if (contentHash.equals(stored.get("CONTENT_HASH"))) {
			return new Saved(articleId, Outcome.UNCHANGED, 0, List.of());
		}
		return merge(parsed, articleId, stored, contentHash);
	}

	private Saved insert(ParsedEntry.Parsed parsed, String key, String contentHash) {
		Article article = parsed.article();
		Timestamp now = Timestamp.from(Instant.now());
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			PreparedStatement insert = connection.prepareStatement("INSERT INTO article (article_key, content_hash, "
					+ "source, published, category, title, dateline, caption, body, agency, publisher, location, note, "
					+ "first_seen, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					new String[] { "id" });
			insert.setString(1, key);
			insert.setString(2, contentHash);
			bindArticle(insert, 3, article, article.caption(), String.join("\n\n", article.body()), parsed.location(),
					article.note());
			insert.setTimestamp(14, now);
			insert.setTimestamp(15, now);
			return insert;
		}, keys);
		long articleId = Objects.requireNonNull(keys.getKey()).longValue();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < article.comments().size(); i++) {
			Comment comment = article.comments().get(i);
			CommentWords words = parsed.words().get(i);
			rows.add(new Object[] { articleId, comment.position(), comment.text(), own(words), quotedText(words),
					quotes(words, null), up(comment), down(comment), net(comment), textHash(comment),
					note(comment.note()) });
		}
		if (rows.isEmpty()) {
			return new Saved(articleId, Outcome.NEW, 0, List.of());
		}
		this.jdbc.batchUpdate("INSERT INTO comment (article_id, position, " + COMMENT_COLUMNS
				+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		Map<Integer, Long> ids = new HashMap<>();
		this.jdbc.query("SELECT id, position FROM comment WHERE article_id = ?",
				(RowCallbackHandler) rs -> ids.put(rs.getInt("position"), rs.getLong("id")), articleId);
		List<ChangedComment> changed = new ArrayList<>();
		for (int i = 0; i < article.comments().size(); i++) {
			String own = parsed.words().get(i).own();
			if (own != null) {
				changed.add(new ChangedComment(ids.get(article.comments().get(i).position()), own));
			}
		}
		return new Saved(articleId, Outcome.NEW, rows.size(), changed);
	}

	private Saved merge(ParsedEntry.Parsed parsed, long articleId, Map<String, Object> storedArticle,
			String contentHash) {
		Article article = parsed.article();
		List<StoredComment> stored = this.jdbc.query(
				"SELECT id, position, text, text_hash, up_votes, down_votes, net_votes FROM comment "
						+ "WHERE article_id = ? ORDER BY position",
				(rs, n) -> new StoredComment(rs.getLong("id"), rs.getInt("position"), rs.getString("text"),
						rs.getString("text_hash"), (Integer) rs.getObject("up_votes"),
						(Integer) rs.getObject("down_votes"), (Integer) rs.getObject("net_votes")),
				articleId);
		// a cut or older copy fills in what is missing but overwrites nothing
		boolean partial = parsed.truncated() || article.comments().size() < stored.size();
		StoredComment[] pairs = align(stored, article.comments());
		// where each comment of the copy is (or will be) stored, for the links of quotes
		int[] positions = new int[pairs.length];
		int last = stored.isEmpty() ? 0 : stored.get(stored.size() - 1).position();
		for (int i = 0; i < pairs.length; i++) {
			positions[i] = pairs[i] != null ? pairs[i].position() : ++last;
		}
		Merge merge = new Merge(partial);
		List<ChangedComment> changed = new ArrayList<>();
		int added = 0;
		for (int i = 0; i < pairs.length; i++) {
			Comment comment = article.comments().get(i);
			CommentWords words = parsed.words().get(i);
			StoredComment pair = pairs[i];
			if (pair == null) {
				long id = insertComment(articleId, positions[i], comment, words, positions);
				if (words.own() != null) {
					changed.add(new ChangedComment(id, words.own()));
				}
				added++;
				merge.modified = true;
				continue;
			}
			merge.paired++;
			String hash = textHash(comment);
			if (hash.equals(pair.textHash())) {
				if (!comment.votesKnown() || partial) {
					merge.keptStored |= !sameVotes(comment.votes(), pair);
				}
				else if (!sameVotes(comment.votes(), pair)) {
					// votes read at last: a note that they were unknown goes with them
					this.jdbc.update(
							"UPDATE comment SET up_votes = ?, down_votes = ?, net_votes = ?, note = ? WHERE id = ?",
							up(comment), down(comment), net(comment), note(comment.note()), pair.id());
					merge.modified = true;
				}
				continue;
			}
			String storedText = Text.normalize(pair.text());
			String copyText = Text.normalize(comment.text());
			boolean completes = copyText.startsWith(storedText); // the stored one was cut
			if (!completes && (partial || storedText.startsWith(copyText))) {
				merge.keptStored = true;
				continue;
			}
			VoteCount votes = comment.votesKnown() && (!partial || !pair.votesKnown()) ? comment.votes()
					: pair.votesKnown() ? new VoteCount(pair.net(), pair.up(), pair.down()) : null;
			merge.keptStored |= votes != comment.votes();
			// the stored votes kept: the copy's note that its vote line could not be read
			// does not apply
			String note = votes == comment.votes() ? comment.note() : withoutVotesNote(comment.note());
			this.jdbc.update(
					"UPDATE comment SET text = ?, own_text = ?, quoted_text = ?, quotes = ?, up_votes = ?, "
							+ "down_votes = ?, net_votes = ?, text_hash = ?, note = ? WHERE id = ?",
					comment.text(), own(words), quotedText(words), quotes(words, positions),
					votes == null ? null : votes.up(), votes == null ? null : votes.down(),
					votes == null ? null : votes.net(), hash, note(note), pair.id());
			this.jdbc.update("DELETE FROM comment_sentence WHERE comment_id = ?", pair.id());
			this.jdbc.update("DELETE FROM comment_score WHERE comment_id = ?", pair.id());
			if (words.own() != null) {
				changed.add(new ChangedComment(pair.id(), words.own()));
			}
			merge.modified = true;
		}
		merge.keptStored |= merge.paired < stored.size();

		String storedBody = (String) storedArticle.get("BODY");
		// A cut copy completes a stored body only when no comment was stored after it:
		// cut in its first comment, a copy without credit lines shows a longer "body".
		String body = merge.text(storedBody, String.join("\n\n", article.body()), stored.isEmpty());
		String[] columns = { "CAPTION", "CATEGORY", "DATELINE", "AGENCY", "PUBLISHER" };
		String[] copy = { article.caption(), article.category(), article.dateline(), article.agency(),
				article.publisher() };
		String[] values = new String[columns.length];
		for (int f = 0; f < columns.length; f++) {
			values[f] = merge.field((String) storedArticle.get(columns[f]), copy[f]);
		}
		boolean articleChanged = !Objects.equals(body, storedBody)
				|| !Arrays.equals(values, Arrays.stream(columns).map(storedArticle::get).toArray());
		if (merge.modified || articleChanged) {
			// a copy that left something stored in place hashes as no copy does, so that
			// every later copy is merged rather than taken for unchanged
			String hash = merge.keptStored ? Text.sha256("merged\n" + contentHash) : contentHash;
			// what was kept from the stored article keeps its note
			String note = merge.keptStored ? Notes.union((String) storedArticle.get("NOTE"), article.note())
					: article.note();
			Article merged = new Article(article.source(), article.published(), values[1], article.title(), values[2],
					values[0], List.of(), values[3], values[4], List.of(), note);
			this.jdbc.update(connection -> {
				PreparedStatement update = connection.prepareStatement("UPDATE article SET content_hash = ?, "
						+ "source = ?, published = ?, category = ?, title = ?, dateline = ?, caption = ?, body = ?, "
						+ "agency = ?, publisher = ?, location = ?, note = ?, updated = ? WHERE id = ?");
				update.setString(1, hash);
				bindArticle(update, 2, merged, merged.caption(), body, parsed.location(), merged.note());
				update.setTimestamp(13, Timestamp.from(Instant.now()));
				update.setLong(14, articleId);
				return update;
			});
		}
		return new Saved(articleId, merge.modified || articleChanged ? Outcome.UPDATED : Outcome.UNCHANGED, added,
				changed);
	}

	/**
	 * How a copy's article text meets the stored one: a full copy replaces it, except
	 * where it is only the start of it (cut) or lacks a field; a partial copy (cut, or
	 * with fewer comments than stored) only completes what is stored.
	 */
	private static final class Merge {

		private final boolean partial;

		boolean modified;

		boolean keptStored;

		int paired;

		Merge(boolean partial) {
			this.partial = partial;
		}

		String text(String stored, String copy, boolean mayComplete) {
			if (stored == null || stored.equals(copy)) {
				return copy;
			}
			String s = Text.normalize(stored);
			String c = Text.normalize(copy);
			boolean completes = c.startsWith(s) && (mayComplete || !this.partial);
			if (completes || (!this.partial && !s.startsWith(c))) {
				return copy;
			}
			this.keptStored = true;
			return stored;
		}

		String field(String stored, String copy) {
			if (copy == null || (this.partial && stored != null)) {
				this.keptStored |= !Objects.equals(stored, copy);
				return stored;
			}
			return copy;
		}

	}

	/**
	 * The stored comment each comment of the copy is, or {@code null} for a new one.
	 * First the same text, in order; then, for the rest, the stored comment right after
	 * the previous comment's match when it is plausibly the same comment cut short,
	 * completed or edited.
	 */
	private static StoredComment[] align(List<StoredComment> stored, List<Comment> comments) {
		StoredComment[] pairs = new StoredComment[comments.size()];
		Map<String, Deque<StoredComment>> byHash = new HashMap<>();
		for (StoredComment s : stored) {
			byHash.computeIfAbsent(s.textHash(), h -> new ArrayDeque<>()).add(s);
		}
		Set<Long> used = new HashSet<>();
		for (int i = 0; i < pairs.length; i++) {
			Deque<StoredComment> same = byHash.get(textHash(comments.get(i)));
			if (same != null && !same.isEmpty()) {
				pairs[i] = same.poll();
				used.add(pairs[i].id());
			}
		}
		// stored is in position order: the index of each stored comment in it
		Map<Long, Integer> index = new HashMap<>();
		for (int k = 0; k < stored.size(); k++) {
			index.put(stored.get(k).id(), k);
		}
		for (int i = 0; i < pairs.length; i++) {
			if (pairs[i] != null || (i > 0 && pairs[i - 1] == null)) {
				continue;
			}
			int next = i == 0 ? 0 : index.get(pairs[i - 1].id()) + 1;
			if (next < stored.size()) {
				StoredComment s = stored.get(next);
				if (!used.contains(s.id()) && sameComment(s.text(), comments.get(i).text())) {
					pairs[i] = s;
					used.add(s.id());
				}
			}
		}
		return pairs;
	}

	/** One text is the other cut short, or they share most of their words (an edit). */
	static boolean sameComment(String storedText, String copyText) {
		String a = Text.normalize(storedText);
		String b = Text.normalize(copyText);
		if (a.isEmpty() || b.isEmpty()) {
			return false;
		}
		if (a.startsWith(b) || b.startsWith(a)) {
			return true;
		}
		Set<String> wordsA = new HashSet<>(Arrays.asList(a.toLowerCase().split(" ")));
		Set<String> wordsB = new HashSet<>(Arrays.asList(b.toLowerCase().split(" ")));
		Set<String> common = new HashSet<>(wordsA);
		common.retainAll(wordsB);
		return common.size() * 2 >= Math.max(wordsA.size(), wordsB.size());
	}

	private long insertComment(long articleId, int position, Comment comment, CommentWords words, int[] positions) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			PreparedStatement insert = connection.prepareStatement("INSERT INTO comment (article_id, position, "
					+ COMMENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" });
			insert.setLong(1, articleId);
			insert.setInt(2, position);
			insert.setString(3, comment.text());
			insert.setString(4, own(words));
			insert.setString(5, quotedText(words));
			insert.setString(6, quotes(words, positions));
			insert.setObject(7, up(comment));
			insert.setObject(8, down(comment));
			insert.setObject(9, net(comment));
			insert.setString(10, textHash(comment));
			insert.setString(11, note(comment.note()));
			return insert;
		}, keys);
		return Objects.requireNonNull(keys.getKey()).longValue();
	}

	/** Adds the articles to what a job instance covers. */
	public void addToRun(long jobInstanceId, Collection<Long> articleIds) {
		if (articleIds.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate(this.addToRun,
				articleIds.stream().map(id -> new Object[] { jobInstanceId, id }).toList());
	}

	/**
	 * Records a reject of the run, once per file (or member) and line: several lines of
	 * one JSON Lines file are rows of their own, and an entry read again (a restarted
	 * step) replaces its row.
	 */
	public void reject(long jobInstanceId, ParsedEntry.Rejected rejected) {
		String location = FieldLimits.cut(rejected.location(), FieldLimits.LOCATION);
		Integer line = rejected.line() > 0 ? rejected.line() : null;
		this.jdbc.update(
				"DELETE FROM reject WHERE job_instance_id = ? AND location = ? AND line IS NOT DISTINCT FROM ?",
				jobInstanceId, location, line);
		this.jdbc.update(
				"INSERT INTO reject (job_instance_id, location, line, reason, rejected_at) VALUES (?, ?, ?, ?, ?)",
				jobInstanceId, location, line, FieldLimits.cut(rejected.reason(), FieldLimits.REASON),
				Timestamp.from(Instant.now()));
	}

	/**
	 * Binds the article's columns from {@code first} on; the parts are within their
	 * limits already ({@link FieldLimits#apply}).
	 */
	private static void bindArticle(PreparedStatement statement, int first, Article article, String caption,
			String body, String location, String note) throws SQLException {
		statement.setString(first, article.source());
		statement.setDate(first + 1, Date.valueOf(article.published()));
		statement.setString(first + 2, article.category());
		statement.setString(first + 3, article.title());
		statement.setString(first + 4, article.dateline());
		statement.setString(first + 5, caption);
		statement.setString(first + 6, body);
		statement.setString(first + 7, article.agency());
		statement.setString(first + 8, article.publisher());
		statement.setString(first + 9, FieldLimits.cut(location, FieldLimits.LOCATION));
		statement.setString(first + 10, note(note));
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
			if (c.note() != null) {
				// only when there is one: the hashes of articles stored before notes
				// existed hold
				content.append("note ").append(c.note()).append('\n');
			}
		}
		if (a.note() != null) {
			content.append("note ").append(a.note()).append('\n');
		}
		return Text.sha256(content.toString());
	}

	private static String textHash(Comment comment) {
		return Text.sha256(Text.normalize(comment.text()));
	}

	private static boolean sameVotes(VoteCount votes, StoredComment stored) {
		if (votes == null || !stored.votesKnown()) {
			return votes == null && !stored.votesKnown();
		}
		return votes.net() == stored.net() && votes.up() == stored.up() && votes.down() == stored.down();
	}

	private static String quotedText(CommentWords words) {
		return words.quotes().isEmpty() ? null
				: FieldLimits.cut(words.quotes().stream().map(QuotedPassage::text).collect(Collectors.joining("\n\n")),
						FieldLimits.COMMENT);
	}

	/**
	 * The own words: never longer than the comment, but the column's limit holds either
	 * way.
	 */
	private static String own(CommentWords words) {
		return FieldLimits.cut(words.own(), FieldLimits.COMMENT);
	}

	private static String note(String note) {
		return FieldLimits.cut(note, FieldLimits.NOTE);
	}

	/** A comment's note without what it says about its votes. */
	private static String withoutVotesNote(String note) {
		return Notes.without(note, "votes unknown");
	}

	/**
	 * What the quotes copy, "article, comment 3", with comments numbered as stored
	 * ({@code positions[i]} is where comment i+1 of the copy is stored; null: as in the
	 * copy).
	 */
	private static String quotes(CommentWords words, int[] positions) {
		if (words.quotes().isEmpty()) {
			return null;
		}
		String quotes = words.quotes()
			.stream()
			.map(q -> q.quotedComment() == 0 || positions == null ? q.quotes()
					: new QuotedPassage(q.text(), positions[q.quotedComment() - 1]).quotes())
			.distinct()
			.collect(Collectors.joining(", "));
		return FieldLimits.cut(quotes, FieldLimits.QUOTES);
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

}

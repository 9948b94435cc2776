package news.tenor.archive;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import news.tenor.store.Dialect;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
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
	 *
	 * @param index the comment's index in the copy that brought it (0 for its first)
	 */
	public record ChangedComment(long commentId, String ownWords, int index) {
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

	/** An article as stored: what a copy is compared with. */
	private record StoredArticle(long id, String contentHash, String body, String note, String[] fields) {

		/** The optional fields, in this order. */
		static final String FIELDS = "caption, category, dateline, agency, publisher";

	}

	/** A copy with the keys it is stored under. */
	private record Copy(ParsedEntry.Parsed parsed, String key, String contentHash) {

		Copy(ParsedEntry.Parsed parsed) {
			this(parsed, Text.sha256(parsed.article().identity()), ArticleStore.contentHash(parsed));
		}

	}

	private static final String COMMENT_COLUMNS = "text, own_text, quoted_text, quotes, up_votes, down_votes, "
			+ "net_votes, text_hash, note";

	private static final String ARTICLE_COLUMNS = "source, published, category, title, dateline, caption, body, "
			+ "agency, publisher, location, note";

	private final JdbcTemplate jdbc;

	private final Dialect dialect;

	@Autowired
	public ArticleStore(JdbcTemplate jdbc, Dialect dialect) {
		this.jdbc = jdbc;
		this.dialect = dialect;
	}

	/** On H2, for tests. */
	public ArticleStore(JdbcTemplate jdbc) {
		this(jdbc, Dialect.h2());
	}

	public Saved save(ParsedEntry.Parsed parsed) {
		return saveAll(List.of(parsed)).get(0);
	}

	/**
	 * Stores the copies in order, as {@link #save} would one after the other, in a few
	 * statements for them all: the articles are looked up together, and the rows of new
	 * articles, new comments and changes are written in batches. A copy of an article
	 * that an earlier copy of the list also brought is merged into what that one stored.
	 * @return what became of each copy, in order
	 */
	public List<Saved> saveAll(List<ParsedEntry.Parsed> copies) {
		List<Saved> saved = new ArrayList<>(copies.size());
		List<Copy> round = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (ParsedEntry.Parsed parsed : copies) {
			Copy copy = new Copy(parsed);
			if (!keys.add(copy.key())) {
				// the same article twice: the second merges into what the first stored
				saved.addAll(saveRound(round));
				round = new ArrayList<>();
				keys.clear();
				keys.add(copy.key());
			}
			round.add(copy);
		}
		saved.addAll(saveRound(round));
		return saved;
	}

	/** Copies of distinct articles. */
	private List<Saved> saveRound(List<Copy> round) {
		if (round.isEmpty()) {
			return List.of();
		}
		Map<String, StoredArticle> stored = storedArticles(round);
		// the stored comments of the articles a copy changes, to merge them
		List<Long> toMerge = new ArrayList<>();
		for (Copy copy : round) {
			StoredArticle article = stored.get(copy.key());
			if (article != null && !copy.contentHash().equals(article.contentHash())) {
				toMerge.add(article.id());
			}
		}
		Map<Long, List<StoredComment>> storedComments = storedComments(toMerge);
		List<Copy> fresh = round.stream().filter(copy -> !stored.containsKey(copy.key())).toList();
		Iterator<Long> newIds = insertArticles(fresh).iterator();
		Writes writes = new Writes();
		List<Planned> planned = new ArrayList<>(round.size());
		for (Copy copy : round) {
			StoredArticle article = stored.get(copy.key());
			if (article == null) {
				planned.add(insert(copy, newIds.next(), writes));
			}
			else if (copy.contentHash().equals(article.contentHash())) {
				planned.add(new Planned(article.id(), Outcome.UNCHANGED, 0, List.of()));
			}
			else {
				planned.add(merge(copy, article, storedComments.getOrDefault(article.id(), List.of()), writes));
			}
		}
		long[] inserted = writes.execute();
		return planned.stream().map(p -> p.saved(inserted)).toList();
	}

	private Map<String, StoredArticle> storedArticles(List<Copy> round) {
		Map<String, StoredArticle> stored = new HashMap<>();
		this.jdbc.query("SELECT id, article_key, content_hash, body, note, " + StoredArticle.FIELDS
				+ " FROM article WHERE article_key = ANY(?)", (RowCallbackHandler) rs -> {
					String[] fields = new String[5];
					for (int f = 0; f < fields.length; f++) {
						fields[f] = rs.getString(6 + f);
					}
					stored.put(rs.getString(2), new StoredArticle(rs.getLong(1), rs.getString(3), rs.getString(4),
							rs.getString(5), fields));
				}, (Object) round.stream().map(Copy::key).toArray(String[]::new));
		return stored;
	}

	/** The stored comments of the articles, in position order. */
	private Map<Long, List<StoredComment>> storedComments(List<Long> articleIds) {
		Map<Long, List<StoredComment>> comments = new HashMap<>();
		if (articleIds.isEmpty()) {
			return comments;
		}
		this.jdbc.query(
				"SELECT article_id, id, position, text, text_hash, up_votes, down_votes, net_votes FROM comment "
						+ "WHERE article_id = ANY(?) ORDER BY article_id, position",
				(RowCallbackHandler) rs -> comments.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(new StoredComment(rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5),
							(Integer) rs.getObject(6), (Integer) rs.getObject(7), (Integer) rs.getObject(8))),
				(Object) articleIds.toArray(new Long[0]));
		return comments;
	}

	/** Inserts the articles without their comments, in one batch; their ids in order. */
	private List<Long> insertArticles(List<Copy> fresh) {
		if (fresh.isEmpty()) {
			return List.of();
		}
		Timestamp now = Timestamp.from(Instant.now());
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.batchUpdate(connection -> connection.prepareStatement(
				"INSERT INTO article (article_key, content_hash, " + ARTICLE_COLUMNS
						+ ", first_seen, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				Dialect.GENERATED_ID), new BatchPreparedStatementSetter() {

					@Override
					public void setValues(PreparedStatement insert, int i) throws SQLException {
						Copy copy = fresh.get(i);
						Article article = copy.parsed().article();
						insert.setString(1, copy.key());
						insert.setString(2, copy.contentHash());
						bindArticle(insert, 3, article, article.caption(), String.join("\n\n", article.body()),
								copy.parsed().location(), article.note());
						insert.setTimestamp(14, now);
						insert.setTimestamp(15, now);
					}

					@Override
					public int getBatchSize() {
						return fresh.size();
					}

				}, keys);
		return Arrays.stream(Dialect.generatedIds(keys)).boxed().toList();
	}

	private static Planned insert(Copy copy, long articleId, Writes writes) {
		Article article = copy.parsed().article();
		List<Change> changed = new ArrayList<>();
		for (int i = 0; i < article.comments().size(); i++) {
			Comment comment = article.comments().get(i);
			CommentWords words = copy.parsed().words().get(i);
			int row = writes.insertComment(articleId, comment.position(), comment, words, null);
			if (words.own() != null) {
				changed.add(new Change(-1, row, words.own(), i));
			}
		}
		return new Planned(articleId, Outcome.NEW, article.comments().size(), changed);
	}

	private static Planned merge(Copy copy, StoredArticle storedArticle, List<StoredComment> stored, Writes writes) {
		ParsedEntry.Parsed parsed = copy.parsed();
		Article article = parsed.article();
		long articleId = storedArticle.id();
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
		List<Change> changed = new ArrayList<>();
		int added = 0;
		for (int i = 0; i < pairs.length; i++) {
			Comment comment = article.comments().get(i);
			CommentWords words = parsed.words().get(i);
			StoredComment pair = pairs[i];
			if (pair == null) {
				int row = writes.insertComment(articleId, positions[i], comment, words, positions);
				if (words.own() != null) {
					changed.add(new Change(-1, row, words.own(), i));
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
					writes.votes.add(
							new Object[] { up(comment), down(comment), net(comment), note(comment.note()), pair.id() });
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
			writes.texts.add(new Object[] { comment.text(), own(words), quotedText(words), quotes(words, positions),
					votes == null ? null : votes.up(), votes == null ? null : votes.down(),
					votes == null ? null : votes.net(), hash, note(note), pair.id() });
			writes.edited.add(pair.id());
			if (words.own() != null) {
				changed.add(new Change(pair.id(), -1, words.own(), i));
			}
			merge.modified = true;
		}
		merge.keptStored |= merge.paired < stored.size();

		String storedBody = storedArticle.body();
		// A cut copy completes a stored body only when no comment was stored after it:
		// cut in its first comment, a copy without credit lines shows a longer "body".
		String body = merge.text(storedBody, String.join("\n\n", article.body()), stored.isEmpty());
		String[] copyFields = { article.caption(), article.category(), article.dateline(), article.agency(),
				article.publisher() };
		String[] values = new String[copyFields.length];
		for (int f = 0; f < copyFields.length; f++) {
			values[f] = merge.field(storedArticle.fields()[f], copyFields[f]);
		}
		boolean articleChanged = !Objects.equals(body, storedBody) || !Arrays.equals(values, storedArticle.fields());
		if (merge.modified || articleChanged) {
			// a copy that left something stored in place hashes as no copy does, so that
			// every later copy is merged rather than taken for unchanged
			String hash = merge.keptStored ? Text.sha256("merged\n" + copy.contentHash()) : copy.contentHash();
			// what was kept from the stored article keeps its note
			String note = merge.keptStored ? Notes.union(storedArticle.note(), article.note()) : article.note();
			Article merged = new Article(article.source(), article.published(), values[1], article.title(), values[2],
					values[0], List.of(), values[3], values[4], List.of(), note);
			writes.articles.add(new Object[] { hash, merged, body, parsed.location(), articleId });
		}
		return new Planned(articleId, merge.modified || articleChanged ? Outcome.UPDATED : Outcome.UNCHANGED, added,
				changed);
	}

	/**
	 * A changed comment whose id is known ({@code id}) or will be once the comments are
	 * inserted ({@code row} of the insert).
	 */
	private record Change(long id, int row, String ownWords, int index) {

		ChangedComment resolve(long[] inserted) {
			return new ChangedComment(this.row >= 0 ? inserted[this.row] : this.id, this.ownWords, this.index);
		}

	}

	/** What saving a copy will have done, once the round's writes are made. */
	private record Planned(long articleId, Outcome outcome, int newComments, List<Change> changed) {

		Saved saved(long[] inserted) {
			return new Saved(this.articleId, this.outcome, this.newComments,
					this.changed.stream().map(c -> c.resolve(inserted)).toList());
		}

	}

	/** The rows a round of copies writes, each kind in one batch. */
	private final class Writes {

		final List<Object[]> comments = new ArrayList<>();

		final List<Object[]> votes = new ArrayList<>();

		final List<Object[]> texts = new ArrayList<>();

		/** Comments whose text changed: their sentences and scores go. */
		final List<Long> edited = new ArrayList<>();

		/** Hash, merged article, body, location, id. */
		final List<Object[]> articles = new ArrayList<>();

		/**
		 * @return the row of the insert, to find its id after {@link #execute}
		 */
		int insertComment(long articleId, int position, Comment comment, CommentWords words, int[] positions) {
			this.comments.add(new Object[] { articleId, position, comment.text(), own(words), quotedText(words),
					quotes(words, positions), up(comment), down(comment), net(comment), textHash(comment),
					note(comment.note()) });
			return this.comments.size() - 1;
		}

		/**
		 * @return the ids of the inserted comments, in order
		 */
		long[] execute() {
			JdbcTemplate jdbc = ArticleStore.this.jdbc;
			long[] inserted = new long[0];
			if (!this.comments.isEmpty()) {
				GeneratedKeyHolder keys = new GeneratedKeyHolder();
				jdbc.batchUpdate(
						connection -> connection.prepareStatement("INSERT INTO comment (article_id, position, "
								+ COMMENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Dialect.GENERATED_ID),
						rows(this.comments), keys);
				inserted = Dialect.generatedIds(keys);
			}
			if (!this.votes.isEmpty()) {
				jdbc.batchUpdate(
						"UPDATE comment SET up_votes = ?, down_votes = ?, net_votes = ?, note = ? WHERE id = ?",
						this.votes);
			}
			if (!this.texts.isEmpty()) {
				jdbc.batchUpdate(
						"UPDATE comment SET text = ?, own_text = ?, quoted_text = ?, quotes = ?, up_votes = ?, "
								+ "down_votes = ?, net_votes = ?, text_hash = ?, note = ? WHERE id = ?",
						this.texts);
			}
			if (!this.edited.isEmpty()) {
				Object ids = this.edited.toArray(new Long[0]);
				jdbc.update("DELETE FROM comment_sentence WHERE comment_id = ANY(?)", ids);
				jdbc.update("DELETE FROM comment_score WHERE comment_id = ANY(?)", ids);
			}
			if (!this.articles.isEmpty()) {
				Timestamp now = Timestamp.from(Instant.now());
				jdbc.batchUpdate("UPDATE article SET content_hash = ?, " + ARTICLE_COLUMNS.replace(",", " = ?,")
						+ " = ?, updated = ? WHERE id = ?", new BatchPreparedStatementSetter() {

							@Override
							public void setValues(PreparedStatement update, int i) throws SQLException {
								Object[] row = Writes.this.articles.get(i);
								Article merged = (Article) row[1];
								update.setString(1, (String) row[0]);
								bindArticle(update, 2, merged, merged.caption(), (String) row[2], (String) row[3],
										merged.note());
								update.setTimestamp(13, now);
								update.setLong(14, (Long) row[4]);
							}

							@Override
							public int getBatchSize() {
								return Writes.this.articles.size();
							}

						});
			}
			return inserted;
		}

	}

	private static BatchPreparedStatementSetter rows(List<Object[]> rows) {
		return new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement statement, int i) throws SQLException {
				new ArgumentPreparedStatementSetter(rows.get(i)).setValues(statement);
			}

			@Override
			public int getBatchSize() {
				return rows.size();
			}

		};
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

	/** Adds the articles to what a job instance covers. */
	public void addToRun(long jobInstanceId, Collection<Long> articleIds) {
		if (articleIds.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate(
				this.dialect.upsert("run_article", List.of("job_instance_id", "article_id"),
						List.of("job_instance_id", "article_id")),
				articleIds.stream().map(id -> new Object[] { jobInstanceId, id }).toList());
	}

	/**
	 * Records a reject of the run, once per file (or member) and line: several lines of
	 * one JSON Lines file are rows of their own, and an entry read again (a restarted
	 * step) replaces its row.
	 */
	public void reject(long jobInstanceId, ParsedEntry.Rejected rejected) {
		rejectAll(jobInstanceId, List.of(rejected));
	}

	/** {@link #reject} for each, in two statements. */
	public void rejectAll(long jobInstanceId, List<ParsedEntry.Rejected> rejects) {
		if (rejects.isEmpty()) {
			return;
		}
		// one row per file and line: the last reason read wins
		Map<List<Object>, Object[]> rows = new LinkedHashMap<>();
		Timestamp now = Timestamp.from(Instant.now());
		for (ParsedEntry.Rejected rejected : rejects) {
			String location = FieldLimits.cut(rejected.location(), FieldLimits.LOCATION);
			Integer line = rejected.line() > 0 ? rejected.line() : null;
			rows.remove(Arrays.asList(location, line));
			rows.put(Arrays.asList(location, line), new Object[] { jobInstanceId, location, line,
					FieldLimits.cut(rejected.reason(), FieldLimits.REASON), now });
		}
		this.jdbc.batchUpdate(
				"DELETE FROM reject WHERE job_instance_id = ? AND location = ? AND line IS NOT DISTINCT FROM ?",
				rows.values().stream().map(row -> new Object[] { row[0], row[1], row[2] }).toList());
		this.jdbc.batchUpdate(
				"INSERT INTO reject (job_instance_id, location, line, reason, rejected_at) VALUES (?, ?, ?, ?, ?)",
				List.copyOf(rows.values()));
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

package news.tenor.archive;

import news.tenor.TenorSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import news.tenor.archive.ArticleStore.Outcome;
import news.tenor.archive.ArticleStore.Saved;
import news.tenor.archive.generate.ArchiveFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static news.tenor.archive.ArticleParserTest.bytes;
import static org.assertj.core.api.Assertions.assertThat;

/** The store on a real H2 file with Tenor's schema. */
class ArticleStoreTest {

	@TempDir
	Path folder;

	SingleConnectionDataSource dataSource;

	JdbcTemplate jdbc;

	ArticleStore store;

	@BeforeEach
	void database() {
		this.dataSource = new SingleConnectionDataSource("jdbc:h2:file:" + this.folder.resolve("tenor"), "sa", "",
				true);
		TenorSchema.createH2(this.dataSource);
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.store = new ArticleStore(this.jdbc);
	}

	@AfterEach
	void close() {
		this.dataSource.destroy();
	}

	static ParsedEntry.Parsed file(String fixture) {
		return (ParsedEntry.Parsed) ParsedEntry.of(new ArchiveEntry(fixture, bytes(fixture), false, 1));
	}

	static ParsedEntry.Parsed copy(String location, Article article) {
		byte[] bytes = ArchiveFormat.text(article).getBytes(StandardCharsets.UTF_8);
		return (ParsedEntry.Parsed) ParsedEntry.of(new ArchiveEntry(location, bytes, false, 1));
	}

	static Article withComments(Article a, List<Comment> comments) {
		return new Article(a.source(), a.published(), a.category(), a.title(), a.dateline(), a.caption(), a.body(),
				a.agency(), a.publisher(), comments);
	}

	static Comment comment(int position, String text, int up, int down) {
		return new Comment(position, List.of(text), new VoteCount(up - down, up, down));
	}

	List<Map<String, Object>> comments() {
		return this.jdbc.queryForList("SELECT position, text, own_text, quotes, up_votes, down_votes, net_votes "
				+ "FROM comment ORDER BY position");
	}

	long count(String table) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
	}

	@Test
	void aNewArticleIsStoredWithItsCommentsVotesQuotesAndOwnWords() {
		Saved saved = this.store.save(file("sample-japan-today.txt"));
		assertThat(saved.outcome()).isEqualTo(Outcome.NEW);
		assertThat(saved.newComments()).isEqualTo(5);
		// every comment has own words to split into sentences
		assertThat(saved.changed()).hasSize(5);
		Map<String, Object> article = this.jdbc.queryForMap("SELECT * FROM article");
		assertThat(article)
			.containsEntry("TITLE", "Koizumi, Hegseth exercise together, discuss alliance amid concerns in Asia")
			.containsEntry("LOCATION", "sample-japan-today.txt")
			.containsEntry("AGENCY", "KYODO");
		List<Map<String, Object>> comments = comments();
		assertThat(comments).extracting(c -> c.get("QUOTES"))
			.containsExactly(null, null, "article", "article", "article");
		assertThat(comments).extracting(c -> c.get("NET_VOTES")).containsExactly(2, -2, 1, 1, 0);
		assertThat(comments.get(3).get("OWN_TEXT")).isEqualTo("Koizumi junior really lays it on thick");
	}

	@Test
	void aCommentWithoutOwnWordsIsStoredButNotSplit() {
		Saved saved = this.store.save(file("format/quote-only-comment.txt"));
		assertThat(saved.newComments()).isEqualTo(2);
		assertThat(saved.changed()).hasSize(1);
		assertThat(comments().get(0)).containsEntry("OWN_TEXT", null).containsEntry("QUOTES", "article");
	}

	@Test
	void theSameArticleUnderAnotherNameOrWithOtherLineEndsIsStoredOnce() {
		this.store.save(file("format/complete.txt"));
		Saved again = this.store.save(file("encoding/crlf.txt"));
		Saved bom = this.store.save(file("encoding/utf8-with-bom.txt"));
		assertThat(again.outcome()).isEqualTo(Outcome.UNCHANGED);
		assertThat(bom.outcome()).isEqualTo(Outcome.UNCHANGED);
		assertThat(again.articleId()).isEqualTo(bom.articleId());
		assertThat(count("article")).isOne();
		assertThat(count("comment")).isEqualTo(3);
		assertThat(this.jdbc.queryForObject("SELECT location FROM article", String.class))
			.isEqualTo("format/complete.txt");
	}

	@Nested
	class ALaterCopy {

		Article first;

		@BeforeEach
		void storeTheFirst() throws Exception {
			this.first = ArticleParserTest.parse("format/complete.txt");
			ArticleStoreTest.this.store.save(file("format/complete.txt"));
		}

		@Test
		void addsTheNewCommentsAndTakesTheNewVotesWithoutDuplicates() {
			List<Comment> comments = new ArrayList<>(this.first.comments());
			comments.set(0, comment(1, comments.get(0).text(), 9, 1));
			comments.add(comment(4, "Prices at my local shop went up again this morning.", 2, 0));
			Saved saved = ArticleStoreTest.this.store
				.save(copy("later/complete.txt", withComments(this.first, comments)));
			assertThat(saved.outcome()).isEqualTo(Outcome.UPDATED);
			assertThat(saved.newComments()).isOne();
			assertThat(saved.changed()).singleElement()
				.extracting(ArticleStore.ChangedComment::ownWords)
				.isEqualTo("Prices at my local shop went up again this morning.");
			assertThat(comments()).extracting(c -> c.get("POSITION"), c -> c.get("UP_VOTES"))
				.map(t -> t.toList())
				.containsExactly(List.of(1, 9), List.of(2, 1), List.of(3, 0), List.of(4, 2));
			assertThat(count("article")).isOne();
		}

		@Test
		void cutShortNeverDegradesTheStoredArticle() {
			Saved lastCommentCut = ArticleStoreTest.this.store
				.save(file("truncated/last-comment-without-vote-line.txt"));
			Saved voteLineCut = ArticleStoreTest.this.store.save(file("truncated/inside-the-vote-line.txt"));
			Saved bodyCut = ArticleStoreTest.this.store.save(file("truncated/inside-the-body.txt"));
			assertThat(List.of(lastCommentCut, voteLineCut, bodyCut)).extracting(Saved::outcome)
				.containsOnly(Outcome.UNCHANGED);
			assertThat(comments()).hasSize(3);
			assertThat(comments().get(2))
				.containsEntry("TEXT", "Koizumi is doing a decent job for once, credit where it is due.")
				.containsEntry("NET_VOTES", 0)
				.containsEntry("UP_VOTES", 0);
			Map<String, Object> article = ArticleStoreTest.this.jdbc.queryForMap("SELECT body, agency FROM article");
			assertThat(article.get("BODY")).isEqualTo(String.join("\n\n", ArticleParserTest.BODY));
			assertThat(article.get("AGENCY")).isEqualTo("KYODO");
		}

		@Test
		void olderWithFewerCommentsDoesNotTurnBackTheVotes() {
			List<Comment> comments = new ArrayList<>(this.first.comments());
			comments.set(0, comment(1, comments.get(0).text(), 1, 0));
			Saved older = ArticleStoreTest.this.store
				.save(copy("old/complete.txt", withComments(this.first, comments.subList(0, 2))));
			assertThat(older.outcome()).isEqualTo(Outcome.UNCHANGED);
			assertThat(comments().get(0)).containsEntry("UP_VOTES", 4).containsEntry("DOWN_VOTES", 1);
		}

		@Test
		void withAnEditedCommentReplacesItAndDropsItsScores() {
			long id = ArticleStoreTest.this.jdbc.queryForObject("SELECT id FROM comment WHERE position = 2",
					Long.class);
			ArticleStoreTest.this.jdbc.update(
					"INSERT INTO comment_score (comment_id, model, sentences, unscored) " + "VALUES (?, 'sr', 2, 0)",
					id);
			List<Comment> comments = new ArrayList<>(this.first.comments());
			comments.set(1, new Comment(2, List.of("Another band-aid from the ministry.",
					"The real problem is the acreage reduction policy that paid farmers not to grow rice for 50 years."),
					new VoteCount(-2, 1, 3)));
			Saved saved = ArticleStoreTest.this.store
				.save(copy("edited/complete.txt", withComments(this.first, comments)));
			assertThat(saved.outcome()).isEqualTo(Outcome.UPDATED);
			assertThat(saved.changed()).singleElement()
				.extracting(ArticleStore.ChangedComment::commentId)
				.isEqualTo(id);
			assertThat(comments()).hasSize(3);
			assertThat(comments().get(1).get("TEXT").toString()).endsWith("for 50 years.");
			assertThat(count("comment_score")).isZero();
		}

		@Test
		void withoutAModeratedCommentKeepsItAndAddsTheNewOnesAfterTheStoredOnes() {
			List<Comment> comments = List.of(this.first.comments().get(0), this.first.comments().get(2),
					new Comment(3, List.of("> Koizumi is doing a decent job for once, credit where it is due.",
							"For once is the key phrase here."), new VoteCount(1, 1, 0)));
			Saved saved = ArticleStoreTest.this.store
				.save(copy("moderated/complete.txt", withComments(this.first, comments)));
			assertThat(saved.outcome()).isEqualTo(Outcome.UPDATED);
			assertThat(saved.newComments()).isOne();
			assertThat(comments()).extracting(c -> c.get("POSITION")).containsExactly(1, 2, 3, 4);
			assertThat(comments().get(1)).containsEntry("TEXT", this.first.comments().get(1).text());
			assertThat(comments().get(3)).containsEntry("QUOTES", "comment 3")
				.containsEntry("OWN_TEXT", "For once is the key phrase here.");
		}

	}

	@Test
	void aCutCopyWithoutCreditLinesDoesNotTakeItsFirstCommentForMoreBody() {
		this.store.save(file("format/no-credit-lines.txt"));
		ParsedEntry.Parsed cut = file("truncated/no-credit-lines-only-comment-cut.txt");
		assertThat(cut.truncated()).isTrue();
		assertThat(this.store.save(cut).outcome()).isEqualTo(Outcome.UNCHANGED);
		assertThat(this.jdbc.queryForObject("SELECT body FROM article", String.class))
			.isEqualTo(String.join("\n\n", ArticleParserTest.BODY));
		assertThat(comments()).hasSize(3);
	}

	@Test
	void aCompleteCopyCompletesAStoredCutOne() {
		this.store.save(file("truncated/last-comment-without-vote-line.txt"));
		assertThat(comments().get(2)).containsEntry("TEXT", "Koizumi is doing a dec").containsEntry("NET_VOTES", null);
		Saved complete = this.store.save(file("format/complete.txt"));
		assertThat(complete.outcome()).isEqualTo(Outcome.UPDATED);
		assertThat(complete.newComments()).isZero();
		assertThat(complete.changed()).singleElement()
			.extracting(ArticleStore.ChangedComment::ownWords)
			.isEqualTo("Koizumi is doing a decent job for once, credit where it is due.");
		assertThat(comments()).hasSize(3);
		assertThat(comments().get(2)).containsEntry("NET_VOTES", 0);
	}

	@Test
	void rejectsAreStoredWithFileLineAndReason() {
		this.store.reject(7, new ParsedEntry.Rejected("notes/a.txt", 3, "not an article"));
		this.store.reject(7, new ParsedEntry.Rejected("old.zip", 0, "zip cannot be read: EOFException"));
		assertThat(this.jdbc.queryForList("SELECT location, line, reason FROM reject ORDER BY location"))
			.extracting(r -> r.get("LOCATION"), r -> r.get("LINE"), r -> r.get("REASON"))
			.map(t -> t.toList())
			.containsExactly(java.util.Arrays.asList("notes/a.txt", 3, "not an article"),
					java.util.Arrays.asList("old.zip", null, "zip cannot be read: EOFException"));
	}

	@Test
	void rejectsOfOneFileAreRowsOfTheirOwnPerLineAndAReadAgainReplacesItsRow() {
		this.store.reject(7, new ParsedEntry.Rejected("cms.jsonl", 11, "missing 'title'"));
		this.store.reject(7, new ParsedEntry.Rejected("cms.jsonl", 2, "missing 'source'"));
		this.store.reject(7, new ParsedEntry.Rejected("cms.jsonl", 11, "missing 'title'"));
		this.store.reject(7, new ParsedEntry.Rejected("old.zip", 0, "zip cannot be read: EOFException"));
		this.store.reject(7, new ParsedEntry.Rejected("old.zip", 0, "zip cannot be read: EOFException"));
		this.store.reject(8, new ParsedEntry.Rejected("cms.jsonl", 2, "missing 'source'"));
		assertThat(this.jdbc.queryForList(
				"SELECT location, line FROM reject WHERE job_instance_id = 7 ORDER BY location, line NULLS FIRST"))
			.extracting(r -> r.get("LOCATION") + ":" + r.get("LINE"))
			.containsExactly("cms.jsonl:2", "cms.jsonl:11", "old.zip:null");
	}

	/** Issue 16, items 2 and 3: what was not taken as written is stored with it. */
	@Nested
	class Notes {

		static final String HEAD = " date 2026-01-15  Japan Today\npolitics\n\nRice prices hit a record\n\n"
				+ "The body.\n\n\u00A9 KYODO\n\n";

		ParsedEntry.Parsed text(String text) {
			return (ParsedEntry.Parsed) ParsedEntry
				.of(new ArchiveEntry("a.txt", text.getBytes(StandardCharsets.UTF_8), false, 1));
		}

		@Test
		void anUnreadableVoteLineIsStoredAsVotesUnknownWithItsNoteUntilACopyBringsTheVotes() {
			store.save(text(HEAD + "One.\n\n2 ( +2 / -0 )\n\nTwo.\n\n3 ( +-2 / -1 )\n\nThree.\n\n1 ( +1 / -0 )\n"));
			assertThat(jdbc.queryForList("SELECT text, net_votes, note FROM comment ORDER BY position"))
				.extracting(r -> r.get("TEXT"), r -> r.get("NET_VOTES"), r -> r.get("NOTE"))
				.map(t -> t.toList())
				.containsExactly(java.util.Arrays.asList("One.", 2, null),
						java.util.Arrays.asList("Two.", null,
								"votes unknown: vote line 16 '3 ( +-2 / -1 )' cannot be read ('+-2' is not a count)"),
						java.util.Arrays.asList("Three.", 1, null));
			Saved later = store
				.save(text(HEAD + "One.\n\n2 ( +2 / -0 )\n\nTwo.\n\n3 ( +4 / -1 )\n\nThree.\n\n1 ( +1 / -0 )\n"));
			assertThat(later.outcome()).isEqualTo(Outcome.UPDATED);
			assertThat(jdbc.queryForMap("SELECT net_votes, up_votes, note FROM comment WHERE position = 2"))
				.containsEntry("NET_VOTES", 3)
				.containsEntry("UP_VOTES", 4)
				.containsEntry("NOTE", null);
		}

		@Test
		void aCopyWhoseVoteLineCannotBeReadKeepsTheStoredVotes() {
			store.save(text(HEAD + "One.\n\n2 ( +2 / -0 )\n"));
			Saved again = store.save(text(HEAD + "One.\n\nabc ( +x / -y )\n"));
			assertThat(again.outcome()).isEqualTo(Outcome.UNCHANGED);
			assertThat(jdbc.queryForMap("SELECT net_votes, note FROM comment")).containsEntry("NET_VOTES", 2)
				.containsEntry("NOTE", null);
		}

		@Test
		void anOverlongTitleIsCutAndNotedAndTheArticleKeptWithItsComments() {
			String title = "Rice ".repeat(1000);
			String file = " date 2026-01-15  Japan Today\n\n" + title + "\n\nThe body.\n\n\u00A9 KYODO\n\n"
					+ "One.\n\n2 ( +2 / -0 )\n\nTwo.\n\n1 ( +1 / -0 )\n";
			Saved saved = store.save(text(file));
			assertThat(saved.outcome()).isEqualTo(Outcome.NEW);
			Map<String, Object> row = jdbc.queryForMap("SELECT title, note FROM article");
			assertThat(row.get("TITLE").toString()).hasSizeLessThanOrEqualTo(4_000).endsWith("Rice\u2026");
			assertThat(row).containsEntry("NOTE", "title cut at 4,000 characters");
			assertThat(count("comment")).isEqualTo(2);
			// the same over-long title again is the same article
			assertThat(store.save(text(file)).outcome()).isEqualTo(Outcome.UNCHANGED);
			assertThat(count("article")).isOne();
		}

		@Test
		void anOverlongCommentIsCutAndNotedAndTheOthersAreKept() {
			String huge = "word ".repeat(250_000).strip();
			Saved saved = store.save(text(
					HEAD + "One.\n\n2 ( +2 / -0 )\n\n" + huge + "\n\n3 ( +4 / -1 )\n\n" + "Three.\n\n1 ( +1 / -0 )\n"));
			assertThat(saved.newComments()).isEqualTo(3);
			Map<String, Object> cut = jdbc
				.queryForMap("SELECT text, own_text, net_votes, note FROM comment WHERE position = 2");
			assertThat(cut.get("TEXT").toString()).hasSize(1_000_000).endsWith("word\u2026");
			assertThat(cut).containsEntry("NET_VOTES", 3).containsEntry("NOTE", "text cut at 1,000,000 characters");
		}

	}

}

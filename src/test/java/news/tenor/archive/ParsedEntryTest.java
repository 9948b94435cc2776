package news.tenor.archive;

import org.junit.jupiter.api.Test;

import static news.tenor.archive.ArticleParserTest.bytes;
import static org.assertj.core.api.Assertions.assertThat;

/** What the ingest step stores for each entry: an article, or a reject with its line. */
class ParsedEntryTest {

	static ParsedEntry read(String fixture) {
		return ParsedEntry.of(new ArchiveEntry(fixture, bytes(fixture), false, 1));
	}

	static ParsedEntry.Rejected rejected(String fixture) {
		ParsedEntry entry = read(fixture);
		assertThat(entry).isInstanceOf(ParsedEntry.Rejected.class);
		return (ParsedEntry.Rejected) entry;
	}

	@Test
	void filesThatAreNotArticlesAreRejectedWithTheLineAndAReason() {
		assertThat(rejected("not-articles/empty.txt"))
			.isEqualTo(new ParsedEntry.Rejected("not-articles/empty.txt", 1, "empty file (0 bytes)"));
		assertThat(rejected("not-articles/binary.jpg").reason()).startsWith("binary content, not text");
		assertThat(rejected("not-articles/random-text.txt").reason()).startsWith("not an article:");
		assertThat(rejected("not-articles/date-line-only.txt")).isEqualTo(new ParsedEntry.Rejected(
				"not-articles/date-line-only.txt", 1, "not an article: a header but no title after it"));
		assertThat(rejected("not-articles/html-page.html").reason()).endsWith("but reads '<!DOCTYPE html>'");
		assertThat(rejected("encoding/replacement-characters.txt").line()).isEqualTo(19);
	}

	@Test
	void aCompleteCopyIsNotTruncated() {
		assertThat(((ParsedEntry.Parsed) read("format/complete.txt")).truncated()).isFalse();
		assertThat(((ParsedEntry.Parsed) read("format/no-comments.txt")).truncated()).isFalse();
	}

	@Test
	void copiesCutShortAreMarkedTruncated() {
		assertThat(read("truncated/last-comment-without-vote-line.txt"))
			.isInstanceOfSatisfying(ParsedEntry.Parsed.class, p -> assertThat(p.truncated()).isTrue());
		assertThat(read("truncated/inside-the-vote-line.txt")).isInstanceOfSatisfying(ParsedEntry.Parsed.class,
				p -> assertThat(p.truncated()).isTrue());
		assertThat(read("truncated/inside-a-character.txt")).isInstanceOfSatisfying(ParsedEntry.Parsed.class,
				p -> assertThat(p.truncated()).isTrue());
		assertThat(read("truncated/inside-the-body.txt")).isInstanceOfSatisfying(ParsedEntry.Parsed.class,
				p -> assertThat(p.truncated()).isTrue());
	}

	@Test
	void theOwnWordsOfEveryCommentComeWithTheArticle() {
		ParsedEntry.Parsed parsed = (ParsedEntry.Parsed) read("format/quote-only-comment.txt");
		assertThat(parsed.words()).hasSameSizeAs(parsed.article().comments());
		assertThat(parsed.words().get(0).hasOwnWords()).isFalse();
		assertThat(parsed.words().get(1).own()).isEqualTo("Several weeks! By then the new harvest is almost in.");
	}

}

package news.tenor.archive;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import news.tenor.archive.generate.ArchiveFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, item 3: a part over its limit is cut and noted; the article and its other
 * comments are kept.
 */
class FieldLimitsTest {

	static final String EMOJI = "\uD83D\uDC4D";

	static Article article(String source, String title, String caption, List<String> body, List<Comment> comments) {
		return new Article(source, LocalDate.of(2026, 1, 15), "politics", title, null, caption, body, "KYODO",
				"\u00A92026 GPlusMedia Inc.", comments);
	}

	static Comment comment(int position, String text) {
		return new Comment(position, List.of(text), new VoteCount(1, 1, 0));
	}

	@Test
	void aCutNeverSplitsASurrogatePair() {
		String text = "a".repeat(8) + EMOJI + "bc";
		assertThat(FieldLimits.cut(text, 10)).isEqualTo("a".repeat(8) + "\u2026");
		assertThat(FieldLimits.cut(text, 11)).isEqualTo("a".repeat(8) + EMOJI + "\u2026");
		assertThat(FieldLimits.cut(text, 12)).isEqualTo(text);
		assertThat(FieldLimits.cut(null, 1)).isNull();
	}

	@Test
	void everyFieldOverItsLimitIsCutAndNotedTheOthersAreKept() {
		Article a = new Article("S".repeat(501), LocalDate.of(2026, 1, 15), "c".repeat(501), "T".repeat(4_001),
				"D".repeat(501), "C".repeat(100_001), List.of("B".repeat(1_000_001)), "A".repeat(501), "P".repeat(501),
				List.of(comment(1, "short"), comment(2, "x".repeat(1_000_001))));
		Article cut = FieldLimits.apply(a);
		assertThat(cut.source()).hasSize(500).endsWith("\u2026");
		assertThat(cut.category()).hasSize(500);
		assertThat(cut.title()).hasSize(4_000);
		assertThat(cut.dateline()).hasSize(500);
		assertThat(cut.caption()).hasSize(100_000);
		assertThat(cut.body()).singleElement().asString().hasSize(1_000_000);
		assertThat(cut.agency()).hasSize(500);
		assertThat(cut.publisher()).hasSize(500);
		assertThat(cut.note()).isEqualTo("source cut at 500 characters; category cut at 500 characters; "
				+ "title cut at 4,000 characters; dateline cut at 500 characters; caption cut at 100,000 characters; "
				+ "body cut at 1,000,000 characters; agency line cut at 500 characters; "
				+ "publisher line cut at 500 characters");
		assertThat(cut.comments()).extracting(Comment::text).first().isEqualTo("short");
		assertThat(cut.comments().get(1).text()).hasSize(1_000_000);
		assertThat(cut.comments()).extracting(Comment::note).containsExactly(null, "text cut at 1,000,000 characters");
		assertThat(cut.comments()).extracting(Comment::votes).containsOnly(new VoteCount(1, 1, 0));
	}

	@Test
	void aBodyOfManyParagraphsKeepsWholeParagraphsUpToTheOneThatCrossesTheLimit() {
		String paragraph = "p".repeat(299_999);
		Article cut = FieldLimits.apply(article("Japan Today", "T", null,
				List.of(paragraph, paragraph, paragraph, paragraph, paragraph), List.of()));
		assertThat(cut.body()).hasSize(4);
		assertThat(String.join("\n\n", cut.body())).hasSizeLessThanOrEqualTo(1_000_000);
		assertThat(cut.body().get(3)).endsWith("\u2026");
		assertThat(cut.body().subList(0, 3)).containsOnly(paragraph);
	}

	@Test
	void partsWithinTheirLimitsAreTheSameArticle() {
		Article a = article("Japan Today", "T".repeat(4_000), null, List.of("b"), List.of(comment(1, "c")));
		assertThat(FieldLimits.apply(a)).isSameAs(a);
	}

	@Test
	void aCutTitleIdentifiesTheArticleTheSameWayInAFileAndInAJsonLine() {
		Article a = article("Japan Today", "Rice ".repeat(1_000).strip(), null, List.of("The body."),
				List.of(comment(1, "A comment.")));
		ParsedEntry.Parsed file = (ParsedEntry.Parsed) ParsedEntry
			.of(new ArchiveEntry("a.txt", ArchiveFormat.text(a).getBytes(StandardCharsets.UTF_8), false, 1));
		ParsedEntry.Parsed json = (ParsedEntry.Parsed) ParsedEntry
			.of(new ArchiveEntry("a.jsonl", ArchiveFormat.jsonLine(a).getBytes(StandardCharsets.UTF_8), true, 3));
		assertThat(file.article().identity()).isEqualTo(json.article().identity());
		assertThat(file.article().note()).isEqualTo(json.article().note()).isEqualTo("title cut at 4,000 characters");
		assertThat(json.location()).isEqualTo("a.jsonl:3");
		assertThat(file.article().comments()).hasSize(1);
	}

}

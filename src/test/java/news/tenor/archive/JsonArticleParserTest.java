package news.tenor.archive;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class JsonArticleParserTest {

	static List<ParsedEntry> entries = new ArrayList<>();

	@BeforeAll
	static void readTheExport() {
		try (ArchiveWalker walker = new ArchiveWalker(ArchiveWalkerTest.resource("jsonl/cms-export.jsonl"))) {
			walker.forEachRemaining(entry -> entries.add(ParsedEntry.of(entry)));
		}
	}

	static Article article(int index) {
		return ((ParsedEntry.Parsed) entries.get(index)).article();
	}

	@Test
	void everyFieldOfAnArticle() {
		Article article = article(0);
		assertThat(article.source()).isEqualTo("Japan Today");
		assertThat(article.published()).isEqualTo(LocalDate.of(2026, 1, 17));
		assertThat(article.category()).isEqualTo("national");
		assertThat(article.title()).isEqualTo("Typhoon disrupts flights in Okinawa");
		assertThat(article.caption()).isEqualTo("Travelers wait at Naha airport. Image: KYODO");
		assertThat(article.dateline()).isEqualTo("NAHA");
		assertThat(article.body()).hasSize(2);
		assertThat(article.agency()).isEqualTo("KYODO");
		assertThat(article.publisher()).isEqualTo("\u00A92026 GPlusMedia Inc.");
	}

	@Test
	void commentsAsTextOrParagraphsWithOrWithoutVotes() {
		List<Comment> comments = article(0).comments();
		assertThat(comments).extracting(Comment::text)
			.containsExactly("Stay safe everyone in Okinawa.",
					"\u201CAirlines said services would resume on Sunday.\u201D\n\nNot if the second typhoon comes.",
					"https://www.jma.go.jp/bosai/map.html", "Plain text comments are accepted too.");
		assertThat(comments).extracting(Comment::votes)
			.containsExactly(new VoteCount(5, 5, 0), new VoteCount(-1, 1, 2), null, null);
	}

	@Test
	void aDateTimeGivesItsDateAndABodyStringItsParagraphs() {
		Article article = article(1);
		assertThat(article.published()).isEqualTo(LocalDate.of(2026, 1, 18));
		assertThat(article.body()).containsExactly(
				"The Tokyo Metropolitan Government opened 20 kilometers of new cycling lanes on Sunday.",
				"The lanes connect Shinjuku and Shibuya.");
		assertThat(article.comments()).isEmpty();
	}

	@Test
	void badLinesAreRejectedWithTheFileTheLineAndAPlainReason() {
		assertThat(entries.subList(2, entries.size())).map(ParsedEntry.Rejected.class::cast)
			.extracting(ParsedEntry.Rejected::location, ParsedEntry.Rejected::line, ParsedEntry.Rejected::reason)
			.satisfiesExactly(
					missing -> assertThat(missing.toList()).containsExactly("cms-export.jsonl", 4,
							"missing 'published'"),
					notJson -> assertThat(notJson.toList()).containsExactly("cms-export.jsonl", 5,
							"not valid JSON at column 1: 'not' is not a JSON value"),
					mojibake -> assertThat(mojibake.toList()).startsWith("cms-export.jsonl", 6)
						.last()
						.asString()
						.startsWith("'title' holds mojibake '\u00C3\u00A9'"),
					cut -> assertThat(cut.toList()).containsExactly("cms-export.jsonl", 7,
							"not valid JSON at column 70: unexpected end of input (the line is cut short?)"));
	}

	@Test
	void escapedMojibakeThatReversesWholeIsRepaired() throws Exception {
		Article article = JsonArticleParser
			.parse("{\"source\":\"S\",\"published\":\"2026-01-01\",\"title\":\"Caf\\u00c3\\u00a9 opens\"}"
				.getBytes(StandardCharsets.UTF_8));
		assertThat(article.title()).isEqualTo("Caf\u00E9 opens");
	}

	@Test
	void negativeVoteCountsAreRefused() {
		assertThatExceptionOfType(ArchiveFormatException.class)
			.isThrownBy(() -> JsonArticleParser.parse(("{\"source\":\"S\",\"published\":\"2026-01-01\",\"title\":\"T\","
					+ "\"comments\":[{\"text\":\"x\",\"up\":-1}]}")
				.getBytes(StandardCharsets.UTF_8)))
			.withMessage("comment 1: 'up' must be a whole number from 0 to 2,147,483,647, not a number (-1)");
	}

}

package news.tenor.archive;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

	static final PublicationDates ON_1_DECEMBER_2026 = PublicationDates.asOf(LocalDate.of(2026, 12, 1));

	static final String VALID = "{\"source\": \"Japan Today\", \"published\": \"2026-01-17\", \"title\": \"Typhoon\", "
			+ "\"body\": [\"Flights were cancelled.\"], \"comments\": [{\"text\": \"Stay safe.\", \"up\": 5, \"down\": 0}, "
			+ "\"Plain.\"]}";

	static Article parse(String line) throws ArchiveFormatException {
		return JsonArticleParser.parse(line.getBytes(StandardCharsets.UTF_8), ON_1_DECEMBER_2026);
	}

	static String rejected(String line) {
		try {
			parse(line);
		}
		catch (ArchiveFormatException ex) {
			return ex.getMessage();
		}
		throw new AssertionError("accepted: " + line);
	}

	/** VALID with one field's value replaced by some JSON, or that field added first. */
	static String with(String field, String json) {
		String line = VALID.replaceFirst("\"" + field + "\": (\"[^\"]*\"|\\[[^\\]]*\\])",
				java.util.regex.Matcher.quoteReplacement("\"" + field + "\": " + json));
		return !line.equals(VALID) ? line : VALID.replaceFirst("\\{",
				java.util.regex.Matcher.quoteReplacement("{\"" + field + "\": " + json + ", "));
	}

	/**
	 * Issue 16, item 6: types, dates, keys and text are read strictly, and reasons are
	 * plain.
	 */
	@Nested
	class Strict {

		@ParameterizedTest
		@CsvSource(delimiter = '|', quoteCharacter = '`',
				value = { "title|12345|'title' must be a string, not a number (12345)",
						"title|true|'title' must be a string, not a boolean (true)",
						"source|123|'source' must be a string, not a number (123)",
						"category|[\"a\"]|'category' must be a string, not a list",
						"caption|{}|'caption' must be a string, not an object",
						"published|20260117|'published' must be a string, not a number (20260117)",
						"comments|{}|'comments' must be a list, not an object" })
		void aFieldOfTheWrongTypeRejectsTheLine(String field, String json, String reason) {
			assertThat(rejected(with(field, json))).isEqualTo(reason);
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|', value = { "2026-01-18T25:99", "2026-02-30", "2026-1-18", "2026-01-18T09",
				"2026-01-18T09:30:00+25:00", "yesterday", "2026-01-18T09:30:00 garbage" })
		void anImpossibleDateOrTimeRejectsTheLine(String published) {
			assertThat(rejected(with("published", "\"" + published + "\"")))
				.isEqualTo("'published' '" + published + "' is not a valid date or date-time (expected YYYY-MM-DD or "
						+ "an ISO-8601 date-time such as 2026-01-18T09:30:00+09:00)");
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|',
				value = { "2026-01-18T09:30:00+09:00", "2026-01-18T23:30:00-05:00", "2026-01-18T09:30:00Z",
						"2026-01-18T09:30", "2026-01-18 09:30:00", "2026-01-18T09:30:00.123+09:00",
						"2026-01-18T09:30:00+09:00[Asia/Tokyo]" })
		void aDateTimeGivesTheDateAsWritten(String published) throws Exception {
			assertThat(parse(with("published", "\"" + published + "\"")).published())
				.isEqualTo(LocalDate.of(2026, 1, 18));
		}

		@Test
		void aDateFarFromAnyPublicationDayIsRejectedWithTheRange() {
			assertThat(rejected(with("published", "\"0206-01-15\"")))
				.isEqualTo("'published' 0206-01-15 is outside the accepted range 1990-01-01 to 2027-12-31 (a typo?)");
			assertThat(rejected(with("published", "\"9999-12-31T00:00:00Z\"")))
				.startsWith("'published' 9999-12-31 is outside the accepted range");
		}

		@Test
		void aFieldGivenTwiceRejectsTheLine() {
			assertThat(rejected(VALID.replace("{\"source\"", "{\"title\": \"Other\", \"source\"")))
				.matches("not valid JSON at column \\d+: the field 'title' appears twice");
			assertThat(rejected(VALID.replace("\"up\": 5", "\"up\": 5, \"up\": 6")))
				.matches("not valid JSON at column \\d+: the field 'up' appears twice");
		}

		@Test
		void textAndParagraphsMustSayTheSame() throws Exception {
			assertThat(rejected(VALID.replace("\"text\": \"Stay safe.\"",
					"\"text\": \"Stay safe.\", \"paragraphs\": [\"Go home.\"]")))
				.isEqualTo("comment 1 has both 'text' and 'paragraphs', and they differ: it should have one of them");
			Article same = parse(VALID.replace("\"text\": \"Stay safe.\"",
					"\"text\": \"Stay safe.\\n\\nReally.\", \"paragraphs\": [\"Stay safe.\", \"Really.\"]"));
			assertThat(same.comments().get(0).paragraphs()).containsExactly("Stay safe.", "Really.");
		}

		@Test
		void halfACharacterIsNotText() {
			assertThat(rejected(with("title", "\"Typhoon \\ud83d\""))).isEqualTo(
					"'title' holds an unpaired surrogate (\\ud83d at character 9): half of a character, not text");
			assertThat(rejected(VALID.replace("Stay safe.", "Stay \\udc4d safe.")))
				.startsWith("comment 1 holds an unpaired surrogate (\\udc4d");
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|', quoteCharacter = '`',
				value = { "\"5\"|'up' must be a whole number from 0 to 2,147,483,647, not a string ('5')",
						"1.5|'up' must be a whole number from 0 to 2,147,483,647, not a number (1.5)",
						"3000000000|'up' must be a whole number from 0 to 2,147,483,647, not a number (3000000000)",
						"true|'up' must be a whole number from 0 to 2,147,483,647, not a boolean (true)" })
		void voteCountsAreWholeNumbersWithinRange(String json, String reason) {
			assertThat(rejected(VALID.replace("\"up\": 5", "\"up\": " + json))).isEqualTo("comment 1: " + reason);
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|', quoteCharacter = '`', value = {
				"{\"source\": \"S\"|not valid JSON at column 15: unexpected end of input (the line is cut short?)",
				"{\"source\": S}|not valid JSON at column 12: 'S' is not a JSON value",
				"{'source': 1}|not valid JSON at column 2: unexpected character ''' where a field name in double quotes should be",
				"{\"a\" 1}|not valid JSON at column 6: unexpected character '1' where ':' should follow a field name",
				"{\"a\": 1 \"b\": 2}|not valid JSON at column 9: unexpected character '\"' where ',' or '}' should be",
				"{\"a\": 1} {}|not valid JSON at column 10: more follows the end of the JSON object",
				"{\"a\": NaN}|not valid JSON at column 10: 'NaN' is not a JSON value",
				"{\"a\": 01}|not valid JSON at column 8: a number with leading zeros",
				"{\"a\": \"\\q\"}|not valid JSON at column 9: '\\q' is not a JSON escape" })
		void reasonsArePlainSentencesWithTheColumn(String line, String reason) {
			assertThat(rejected(line)).isEqualTo(reason);
		}

	}

	/**
	 * Whatever a broken line holds, its reason is a sentence for whoever fixes the
	 * export: never Jackson's class, feature or source names.
	 */
	@Property(tries = 400)
	void reasonsNeverQuoteJacksonInternals(@ForAll("brokenLines") String line) {
		try {
			JsonArticleParser.parse(line.getBytes(StandardCharsets.UTF_8), ON_1_DECEMBER_2026);
		}
		catch (ArchiveFormatException ex) {
			assertThat(ex.getMessage()).doesNotContain("Source", "REDACTED", "Feature", "Constraints", "`", "jackson",
					"JsonNode", "(code ", "line: ", "column: ");
		}
	}

	@Provide
	Arbitrary<String> brokenLines() {
		Arbitrary<String> cut = Arbitraries.integers().between(0, VALID.length()).map(n -> VALID.substring(0, n));
		Arbitrary<String> inserted = Combinators
			.combine(Arbitraries.integers().between(0, VALID.length()),
					Arbitraries.strings().withChars("{}[]\",:\\/'0123456789-+.eEtrufalsnN \u0001\u00A0").ofMaxLength(4))
			.as((at, junk) -> VALID.substring(0, at) + junk + VALID.substring(at));
		Arbitrary<String> deep = Arbitraries.integers().between(990, 1010).map(n -> "[".repeat(n) + "]".repeat(n));
		Arbitrary<String> longNumber = Arbitraries.integers()
			.between(990, 1010)
			.map(n -> "{\"a\": " + "9".repeat(n) + "}");
		return Arbitraries.oneOf(cut, inserted, deep, longNumber);
	}

}

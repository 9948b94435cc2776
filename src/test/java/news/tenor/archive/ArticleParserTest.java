package news.tenor.archive;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ArticleParserTest {

	static final List<String> BODY = List.of(
			"The average price of rice at supermarkets rose to a record high last week, the agriculture ministry said on Friday.",
			"The government will release a further 200,000 tons from its stockpile, Agriculture Minister Shinjiro Koizumi told reporters.",
			"Retailers said the reserves would take several weeks to reach store shelves.");

	static byte[] bytes(String name) {
		try (InputStream in = ArticleParserTest.class.getResourceAsStream("/archive/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String fixture(String name) {
		try {
			return ArchiveDecoder.decode(bytes(name)).text();
		}
		catch (ArchiveFormatException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Article parse(String name) throws ArchiveFormatException {
		return ArticleParser.parse(fixture(name));
	}

	static Article sample() throws ArchiveFormatException {
		return parse("sample-japan-today.txt");
	}

	@Nested
	class TheSampleArticle {

		@Test
		void headerCaptionCategoryTitleDateline() throws Exception {
			Article article = sample();
			assertThat(article.published()).isEqualTo(LocalDate.of(2026, 1, 15));
			assertThat(article.source()).isEqualTo("Japan Today");
			assertThat(article.caption()).startsWith("U.S. Secretary of Defense Pete Hegseth, top,")
				.endsWith("Image: REUTERS/Jonathan Ernst");
			assertThat(article.category()).isEqualTo("politics");
			assertThat(article.title())
				.isEqualTo("Koizumi, Hegseth exercise together, discuss alliance amid concerns in Asia");
			assertThat(article.dateline()).isEqualTo("WASHINGTON");
		}

		@Test
		void bodyParagraphsAreNotComments() throws Exception {
			Article article = sample();
			assertThat(article.body()).hasSize(9);
			assertThat(article.body().get(0)).startsWith("The defense chiefs of Japan and the United States met");
			assertThat(article.body().get(8)).startsWith("In addition to discussing major issues");
			assertThat(article.agency()).isEqualTo("KYODO");
			assertThat(article.publisher()).isEqualTo("\u00A92026 GPlusMedia Inc.");
		}

		@Test
		void fiveCommentsWithTheirVotes() throws Exception {
			Article article = sample();
			assertThat(article.comments()).extracting(Comment::position).containsExactly(1, 2, 3, 4, 5);
			assertThat(article.comments()).extracting(c -> c.votes().net()).containsExactly(2, -2, 1, 1, 0);
			assertThat(article.comments()).extracting(c -> c.votes().up()).containsExactly(2, 1, 1, 1, 0);
			assertThat(article.comments()).extracting(c -> c.votes().down()).containsExactly(0, 3, 0, 0, 0);
		}

		@Test
		void aCommentOfSeveralParagraphsStaysOneCommentAndKeepsItsUrls() throws Exception {
			Comment second = sample().comments().get(1);
			assertThat(second.paragraphs()).containsExactly(
					"No one argue of that PR attempt, however any news about how to boost recruitment for Japan military?",
					"It missed the target by more than 50%.",
					"https://asia.nikkei.com/politics/defense/japan-s-self-defense-forces-miss-recruiting-target-by-more-than-half",
					"https://www.nippon.com/en/japan-data/h02075/");
		}

		@Test
		void nonAsciiTextSurvives() throws Exception {
			assertThat(sample().comments().get(0).text()).isEqualTo(
					"Look at Koizumi\u2019s excellent push-up form. Makes Hegseth and the other Americans look pathetic.");
		}

	}

	/** format/complete.txt with one part left out at a time. */
	@Nested
	class Variants {

		@Test
		void complete() throws Exception {
			Article article = parse("format/complete.txt");
			assertThat(article.caption()).endsWith("Image: KYODO");
			assertThat(article.category()).isEqualTo("business");
			assertThat(article.title()).isEqualTo("Rice prices hit record as government releases reserves");
			assertThat(article.dateline()).isEqualTo("NIIGATA");
			assertThat(article.body()).isEqualTo(BODY);
			assertThat(article.agency()).isEqualTo("KYODO");
			assertThat(article.publisher()).isEqualTo("\u00A92026 GPlusMedia Inc.");
			assertThat(article.comments()).hasSize(3);
		}

		@Test
		void noCaption() throws Exception {
			Article article = parse("format/no-caption.txt");
			assertThat(article.caption()).isNull();
			assertThat(article.category()).isEqualTo("business");
			assertThat(article.title()).isEqualTo("Rice prices hit record as government releases reserves");
		}

		@Test
		void noCategory() throws Exception {
			Article article = parse("format/no-category.txt");
			assertThat(article.caption()).startsWith("A farmer inspects rice seedlings");
			assertThat(article.category()).isNull();
			assertThat(article.title()).isEqualTo("Rice prices hit record as government releases reserves");
		}

		@Test
		void neitherCaptionNorCategory() throws Exception {
			Article article = parse("format/no-caption-no-category.txt");
			assertThat(article.caption()).isNull();
			assertThat(article.category()).isNull();
			assertThat(article.title()).isEqualTo("Rice prices hit record as government releases reserves");
			assertThat(article.dateline()).isEqualTo("NIIGATA");
		}

		@Test
		void noDatelineLeavesTheFirstParagraphInTheBody() throws Exception {
			Article article = parse("format/no-dateline.txt");
			assertThat(article.dateline()).isNull();
			assertThat(article.body()).isEqualTo(BODY);
		}

		@Test
		void agencyLineOnly() throws Exception {
			Article article = parse("format/agency-line-only.txt");
			assertThat(article.agency()).isEqualTo("KYODO");
			assertThat(article.publisher()).isNull();
			assertThat(article.body()).isEqualTo(BODY);
			assertThat(article.comments()).hasSize(3);
		}

		@Test
		void publisherLineOnly() throws Exception {
			Article article = parse("format/publisher-line-only.txt");
			assertThat(article.agency()).isNull();
			assertThat(article.publisher()).isEqualTo("\u00A92026 GPlusMedia Inc.");
			assertThat(article.body()).isEqualTo(BODY);
			assertThat(article.comments()).hasSize(3);
		}

		@Test
		void withoutCreditLinesTheFirstCommentIsTheParagraphAboveItsVoteLine() throws Exception {
			Article article = parse("format/no-credit-lines.txt");
			assertThat(article.agency()).isNull();
			assertThat(article.publisher()).isNull();
			assertThat(article.body()).isEqualTo(BODY);
			assertThat(article.comments()).extracting(Comment::text)
				.containsExactly("Good. Families have been paying far too much for rice this year.",
						"Another band-aid from the ministry.\n\nThe real problem is the acreage reduction policy "
								+ "that has paid farmers not to grow rice for decades.",
						"Koizumi is doing a decent job for once, credit where it is due.");
		}

		@Test
		void withoutCreditLinesAFirstCommentThatOpensWithAQuoteStartsAtTheQuote() throws Exception {
			Article article = parse("format/no-credit-lines-first-comment-quotes.txt");
			assertThat(article.body()).isEqualTo(BODY);
			assertThat(article.comments().get(0).paragraphs()).hasSize(3)
				.first()
				.asString()
				.startsWith("\"The government will release");
			assertThat(article.comments().get(0).votes()).isEqualTo(new VoteCount(5, 6, 1));
		}

		@Test
		void noComments() throws Exception {
			Article article = parse("format/no-comments.txt");
			assertThat(article.comments()).isEmpty();
			assertThat(article.body()).isEqualTo(BODY);
			assertThat(article.publisher()).isEqualTo("\u00A92026 GPlusMedia Inc.");
		}

		@Test
		void commentsOfSeveralParagraphs() throws Exception {
			Article article = parse("format/several-paragraph-comments.txt");
			assertThat(article.comments()).hasSize(2);
			assertThat(article.comments().get(0).paragraphs()).hasSize(4)
				.startsWith("I have lived in Niigata for twenty years.");
			assertThat(article.comments().get(0).votes()).isEqualTo(new VoteCount(12, 14, 2));
			assertThat(article.comments().get(1).text()).isEqualTo("Agreed.");
		}

		@Test
		void negativeNetVotesAlsoWithAUnicodeMinus() throws Exception {
			Article article = parse("format/negative-votes.txt");
			assertThat(article.comments()).extracting(Comment::votes)
				.containsExactly(new VoteCount(-7, 2, 9), new VoteCount(-3, 1, 4));
		}

		@Test
		void bareUrlComments() throws Exception {
			Article article = parse("format/bare-url-comment.txt");
			assertThat(article.comments()).hasSize(2);
			assertThat(article.comments().get(0).text()).isEqualTo("https://www.maff.go.jp/e/data/stat/index.html");
			assertThat(article.comments().get(1).paragraphs()).last().isEqualTo("www.stat.go.jp/english/data/cpi/");
		}

		@Test
		void japaneseEmojiAndCurlyQuotes() throws Exception {
			Article article = parse("format/japanese-emoji-curly-quotes.txt");
			assertThat(article.comments()).extracting(Comment::text)
				.containsExactly("お米の値段が高すぎます。家族四人で毎月の負担が大きい。",
						"Koizumi\u2019s \u201Cstockpile\u201D plan is a start \uD83D\uDC4D but we\u2019ll see \uD83E\uDD14",
						"Caf\u00E9 owners in Z\u00FCrich pay less for Japanese rice than we do \u2014 absurd.");
		}

		@Test
		void aCommentThatStartsWithACopyrightSignIsNotACreditLine() throws Exception {
			Article article = parse("format/comment-looks-like-credit.txt");
			assertThat(article.agency()).isEqualTo("KYODO");
			assertThat(article.comments()).singleElement()
				.extracting(Comment::text)
				.asString()
				.startsWith("\u00A9 means nothing");
		}

	}

	@Nested
	class Truncated {

		@Test
		void aLastCommentWithoutItsVoteLineIsKeptWithVotesUnknown() throws Exception {
			Article article = parse("truncated/last-comment-without-vote-line.txt");
			assertThat(article.comments()).hasSize(3);
			assertThat(article.comments().get(1).votes()).isEqualTo(new VoteCount(-2, 1, 3));
			assertThat(article.comments().get(1).paragraphs()).hasSize(2);
			assertThat(article.comments().get(2).text()).isEqualTo("Koizumi is doing a dec");
			assertThat(article.comments().get(2).votesKnown()).isFalse();
		}

		@Test
		void aFileCutInsideTheVoteLineKeepsTheWholeCommentWithVotesUnknown() throws Exception {
			Article article = parse("truncated/inside-the-vote-line.txt");
			assertThat(article.comments()).hasSize(3);
			assertThat(article.comments().get(2).text())
				.isEqualTo("Koizumi is doing a decent job for once, credit where it is due.");
			assertThat(article.comments().get(2).votesKnown()).isFalse();
		}

		@Test
		void aFileCutInsideACharacterKeepsWhatCameBefore() throws Exception {
			ArchiveDecoder.Decoded decoded = ArchiveDecoder.decode(bytes("truncated/inside-a-character.txt"));
			assertThat(decoded.cut()).isTrue();
			Article article = ArticleParser.parse(decoded.text());
			assertThat(article.comments()).hasSize(2);
			assertThat(article.comments().get(1).text()).isEqualTo("お米の値段が高すぎます。家");
			assertThat(article.comments().get(1).votesKnown()).isFalse();
		}

		@Test
		void aFileCutInTheBodyHasNoComments() throws Exception {
			Article article = parse("truncated/inside-the-body.txt");
			assertThat(article.body()).containsExactly(BODY.get(0), BODY.get(1), "Retailers said the res");
			assertThat(article.comments()).isEmpty();
			assertThat(article.agency()).isNull();
		}

		@Test
		void withoutCreditLinesTheCutLastCommentIsStillAComment() throws Exception {
			Article article = parse("truncated/no-credit-lines-last-comment-cut.txt");
			assertThat(article.body()).isEqualTo(BODY);
			assertThat(article.comments()).hasSize(3);
			assertThat(article.comments().get(2).text()).isEqualTo("Koizumi is doing");
			assertThat(article.comments().get(2).votesKnown()).isFalse();
		}

		@Test
		void withNeitherCreditNorVoteLineACutOnlyCommentCannotBeToldFromTheBody() throws Exception {
			Article article = parse("truncated/no-credit-lines-only-comment-cut.txt");
			assertThat(article.comments()).isEmpty();
			assertThat(article.body()).hasSize(4).endsWith("Good. Families have");
		}

	}

	/** Issue 16, item 2: vote lines Tenor cannot read split comments all the same. */
	@Nested
	class UnreadableVoteLines {

		static final String HEAD = " date 2026-01-15  Japan Today\npolitics\n\nRice prices hit a record\n\n"
				+ "The average price of rice rose again.\n\n\u00A9 KYODO\n\n";

		@Test
		void eightCommentsStayEightWithTheUnreadableVoteLinesNoted() throws Exception {
			String file = HEAD
					+ "One.\n\n2 ( +2 / -0 )\n\nTwo.\n\n99999999999999999999 ( +99999999999999999999 / -0 )\n\n"
					+ "Three.\n\n3\u00A0( +4 / -1 )\n\nFour.\n\n\uFF13 ( +\uFF14 / -\uFF11 )\n\n"
					+ "Five.\n\n+3 ( +4 / -1 )\n\nSix.\n\n3 ( +-2 / -1 )\n\nSeven.\n\nabc ( +x / -y )\n\n"
					+ "Eight.\n\n1 ( +1 / -0 )\n";
			ArticleParser.Read read = ArticleParser.read(file, PublicationDates.asOf(LocalDate.of(2026, 12, 1)));
			List<Comment> comments = read.article().comments();
			assertThat(comments).extracting(Comment::text)
				.containsExactly("One.", "Two.", "Three.", "Four.", "Five.", "Six.", "Seven.", "Eight.");
			assertThat(comments).extracting(Comment::votes)
				.containsExactly(new VoteCount(2, 2, 0), null, new VoteCount(3, 4, 1), new VoteCount(3, 4, 1),
						new VoteCount(3, 4, 1), null, null, new VoteCount(1, 1, 0));
			assertThat(comments).extracting(Comment::note)
				.containsExactly(null,
						"votes unknown: vote line 16 '99999999999999999999 ( +99999999999999999999 / -0 )' cannot be "
								+ "read ('99999999999999999999' is larger than any vote count (2,147,483,647))",
						null, null, null,
						"votes unknown: vote line 32 '3 ( +-2 / -1 )' cannot be read ('+-2' is not a count)",
						"votes unknown: vote line 36 'abc ( +x / -y )' cannot be read ('abc' is not a count)", null);
			assertThat(read.endsInComment()).isFalse();
		}

		@Test
		void aFileEndingInAnUnreadableVoteLineIsNotCutShort() throws Exception {
			ArticleParser.Read read = ArticleParser.read(HEAD + "One.\n\nabc ( +x / -y )\n",
					PublicationDates.asOf(LocalDate.of(2026, 12, 1)));
			assertThat(read.article().comments()).singleElement().satisfies(c -> {
				assertThat(c.votesKnown()).isFalse();
				assertThat(c.note()).startsWith("votes unknown: vote line 12 ");
			});
			assertThat(read.endsInComment()).isFalse();
		}

		@Test
		void aVoteLineOnALineOfTextOrBrokenOverTwoLinesStillEndsItsComment() throws Exception {
			String file = HEAD + "One, glued. 2 ( +2 / -0 )\n\nTwo.\n3 ( +4 / -1 ) Three, glued after.\n\n"
					+ "1 ( +1 / -0 )\n\nFour.\n\n5 ( +5 /\n-0 )\n\n2\n7 ( +7 / -0 )\n";
			List<Comment> comments = ArticleParser.parse(file).comments();
			assertThat(comments).extracting(Comment::text)
				.containsExactly("One, glued.", "Two.", "Three, glued after.", "Four.", "2");
			assertThat(comments).extracting(Comment::votes)
				.containsExactly(new VoteCount(2, 2, 0), new VoteCount(3, 4, 1), new VoteCount(1, 1, 0),
						new VoteCount(5, 5, 0), new VoteCount(7, 7, 0));
			assertThat(comments).extracting(Comment::note)
				.containsExactly("vote line 10 shares its line with text", "vote line 13 shares its line with text",
						null, "vote line 19 is broken over two lines", null);
		}

		@Test
		void anUnreadableVoteLineRightAfterTheBodyEndsTheBodyAsAReadableOneDoes() throws Exception {
			Article article = ArticleParser.parse(" date 2026-01-15  Japan Today\n\nA title\n\nThe body.\n\n"
					+ "A comment.\n\nx ( +? / -? )\n\nAnother.\n\n1 ( +1 / -0 )\n");
			assertThat(article.body()).containsExactly("The body.");
			assertThat(article.comments()).extracting(Comment::text).containsExactly("A comment.", "Another.");
		}

	}

	/**
	 * Issue 16, item 4: a date far from any publication day is a reject with the range.
	 */
	@Nested
	class Dates {

		static final PublicationDates ON_1_DECEMBER_2026 = PublicationDates.asOf(LocalDate.of(2026, 12, 1));

		static String file(String date) {
			return "\n date " + date + "  Japan Today\n\nA title\n\nThe body.\n";
		}

		@Test
		void aTypoedYearIsRejectedWithTheHeaderLineAndTheAcceptedRange() {
			assertThatExceptionOfType(ArchiveFormatException.class)
				.isThrownBy(() -> ArticleParser.read(file("0206-01-15"), ON_1_DECEMBER_2026))
				.withMessage("date 0206-01-15 is outside the accepted range 1990-01-01 to 2027-12-31 (a typo?)")
				.satisfies(ex -> assertThat(ex.line()).isEqualTo(2));
		}

		@Test
		void theRangeRunsFrom1990ToTheEndOfNextYear() throws Exception {
			for (String refused : List.of("0001-01-01", "1899-12-31", "1989-12-31", "2028-01-01", "9999-12-31")) {
				assertThatExceptionOfType(ArchiveFormatException.class)
					.isThrownBy(() -> ArticleParser.read(file(refused), ON_1_DECEMBER_2026))
					.withMessageStartingWith("date " + refused + " is outside the accepted range");
			}
			for (String accepted : List.of("1990-01-01", "2026-12-01", "2027-12-31")) {
				assertThat(ArticleParser.read(file(accepted), ON_1_DECEMBER_2026).article().published())
					.isEqualTo(LocalDate.parse(accepted));
			}
			assertThat(PublicationDates.asOf(LocalDate.of(2027, 1, 1)).latest()).isEqualTo(LocalDate.of(2028, 12, 31));
		}

	}

	@Nested
	class NotAnArticle {

		@Test
		void textWithoutHeader() {
			assertThatExceptionOfType(ArchiveFormatException.class)
				.isThrownBy(() -> parse("not-articles/random-text.txt"))
				.withMessage("not an article: the first line should be the header ' date YYYY-MM-DD  Source' "
						+ "but reads 'Dear desk,'")
				.satisfies(ex -> assertThat(ex.line()).isEqualTo(1));
		}

		@Test
		void headerAndNothingElse() {
			assertThatExceptionOfType(ArchiveFormatException.class)
				.isThrownBy(() -> parse("not-articles/date-line-only.txt"))
				.withMessage("not an article: a header but no title after it")
				.satisfies(ex -> assertThat(ex.line()).isEqualTo(1));
		}

		@Test
		void headerWithoutSource() {
			assertThatExceptionOfType(ArchiveFormatException.class)
				.isThrownBy(() -> parse("not-articles/date-line-without-source.txt"))
				.withMessageContaining("names no source");
		}

		@Test
		void impossibleDate() {
			assertThatExceptionOfType(ArchiveFormatException.class)
				.isThrownBy(() -> parse("not-articles/impossible-date.txt"))
				.withMessage("not an article: invalid date '2026-02-30' in the header");
		}

		@Test
		void blankLinesOnly() {
			assertThatExceptionOfType(ArchiveFormatException.class)
				.isThrownBy(() -> parse("not-articles/blank-lines-only.txt"))
				.withMessage("empty file (only blank lines)");
		}

		@Test
		void theLineOfAHeaderAfterBlankLinesIsItsOwn() {
			assertThatExceptionOfType(ArchiveFormatException.class)
				.isThrownBy(() -> ArticleParser.parse("\n\n<html>\n"))
				.satisfies(ex -> assertThat(ex.line()).isEqualTo(3));
		}

	}

}

package news.tenor.archive;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteDetectorTest {

	static List<CommentWords> words(String fixture) throws ArchiveFormatException {
		return QuoteDetector.split(ArticleParserTest.parse(fixture));
	}

	@Test
	void theSampleQuotesTheArticleThreeTimes() throws Exception {
		List<CommentWords> words = QuoteDetector.split(ArticleParserTest.sample());
		assertThat(words.get(0).quotes()).isEmpty();
		assertThat(words.get(0).own()).startsWith("Look at Koizumi");

		assertThat(words.get(2).quotes()).singleElement().satisfies(q -> {
			assertThat(q.text()).startsWith("After welcoming Koizumi in an honor cordon ceremony");
			assertThat(q.quotes()).isEqualTo("article");
		});
		assertThat(words.get(2).own()).isEqualTo(
				"Which was basically the whole point of Washington hosting Koizumi, to ensure the LDP keeps the gravy train flowing.");

		assertThat(words.get(3).quotes()).singleElement().extracting(QuotedPassage::quotes).isEqualTo("article");
		assertThat(words.get(3).own()).isEqualTo("Koizumi junior really lays it on thick");

		// A sentence run copied from the middle of an article sentence is a quote too.
		assertThat(words.get(4).quotes()).singleElement()
			.extracting(QuotedPassage::text)
			.isEqualTo(
					"Hegseth also hailed Japanese Prime Minister Sanae Takaichi's resolve to increase Tokyo's defense spending.");
		assertThat(words.get(4).own()).startsWith("Be wary of anyone").contains("Cue the predictable fury");
	}

	@Test
	void urlsAreNotOwnWords() throws Exception {
		CommentWords second = QuoteDetector.split(ArticleParserTest.sample()).get(1);
		assertThat(second.own()).doesNotContain("http").contains("It missed the target by more than 50%.");
	}

	@Test
	void aQuoteOfAnEarlierCommentLinksToThatComment() throws Exception {
		List<CommentWords> words = words("format/quotes-earlier-comment.txt");
		assertThat(words.get(0).quotes()).isEmpty();
		assertThat(words.get(1).quotes()).singleElement().satisfies(q -> {
			assertThat(q.quotedComment()).isEqualTo(1);
			assertThat(q.quotes()).isEqualTo("comment 1");
			assertThat(q.text()).startsWith("> The acreage reduction policy");
		});
		assertThat(words.get(1).own()).isEqualTo("It officially ended in 2018, so that is not the reason any more.");
		assertThat(words.get(2).quotes()).isEmpty();
	}

	@Test
	void aCommentThatIsOnlyAQuoteOrOnlyLinksHasNoOwnWords() throws Exception {
		CommentWords quoteOnly = words("format/quote-only-comment.txt").get(0);
		assertThat(quoteOnly.hasOwnWords()).isFalse();
		assertThat(quoteOnly.quotes()).singleElement().extracting(QuotedPassage::quotes).isEqualTo("article");

		List<CommentWords> links = words("format/bare-url-comment.txt");
		assertThat(links.get(0).hasOwnWords()).isFalse();
		assertThat(links.get(0).quotes()).isEmpty();
		assertThat(links.get(1).own()).isEqualTo("The numbers are here, and they are worse than reported.");
	}

	@Test
	void quotesInCurlyMarksOrAfterAnAngleBracketMatchAfterNormalisation() throws Exception {
		CommentWords first = words("format/no-credit-lines-first-comment-quotes.txt").get(0);
		assertThat(first.quotes()).singleElement().extracting(QuotedPassage::quotes).isEqualTo("article");
		assertThat(first.own()).isEqualTo("Too little, too late.\n\nPrices will not come down before the summer.");
	}

	@Test
	void shortSentencesInsideAQuotedRunAreQuotedToo() {
		Article article = article(List.of("Rates rose. Again. The central bank gave no reason for the decision."),
				"Rates rose. Again. The central bank gave no reason for the decision. Typical, they never explain.");
		CommentWords words = QuoteDetector.split(article).get(0);
		assertThat(words.quotes()).singleElement()
			.extracting(QuotedPassage::text)
			.isEqualTo("Rates rose. Again. The central bank gave no reason for the decision.");
		assertThat(words.own()).isEqualTo("Typical, they never explain.");
	}

	@Test
	void shortPassagesAreNeverQuotes() {
		Article article = article(List.of("Yes. The minister resigned on Friday after weeks of pressure."), "Yes.");
		assertThat(QuoteDetector.split(article).get(0).quotes()).isEmpty();
	}

	@Test
	void japaneseQuotesAreFoundWithoutSpaces() {
		Article article = article(List.of("政府は米の備蓄を放出すると発表した。価格は高止まりしている。"), "「政府は米の備蓄を放出すると発表した。」遅すぎる。");
		CommentWords words = QuoteDetector.split(article).get(0);
		assertThat(words.quotes()).singleElement().extracting(QuotedPassage::quotes).isEqualTo("article");
		assertThat(words.own()).isEqualTo("遅すぎる。");
	}

	@Test
	void bareDomainsWithAPathAreLinksButNumbersWithSlashesAreNot() {
		Article article = article(List.of("Body text of the article."),
				"See nikkei.com/politics/123 for more, 3.5/10.");
		assertThat(QuoteDetector.split(article).get(0).own()).isEqualTo("See for more, 3.5/10.");
	}

	static Article article(List<String> body, String comment) {
		return new Article("Japan Today", LocalDate.of(2026, 1, 1), null, "A title for the test", null, null, body,
				null, null, List.of(new Comment(1, List.of(comment), new VoteCount(0, 0, 0))));
	}

}

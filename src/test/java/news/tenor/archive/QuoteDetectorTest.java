package news.tenor.archive;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteDetectorTest {

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

}

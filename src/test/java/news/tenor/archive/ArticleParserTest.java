package news.tenor.archive;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ArticleParserTest {

	static String fixture(String name) {
		try (InputStream in = ArticleParserTest.class.getResourceAsStream("/archive/" + name)) {
			return ArchiveDecoder.decode(in.readAllBytes()).text();
		}
		catch (IOException | ArchiveFormatException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Article sample() throws ArchiveFormatException {
		return ArticleParser.parse(fixture("sample-japan-today.txt"));
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

	@Nested
	class NotAnArticle {

		@Test
		void textWithoutHeader() {
			assertThatExceptionOfType(ArchiveFormatException.class)
				.isThrownBy(() -> ArticleParser.parse("Dear editor,\n\nplease find attached.\n"))
				.withMessageContaining("not an article")
				.satisfies(ex -> assertThat(ex.line()).isEqualTo(1));
		}

		@Test
		void headerAndNothingElse() {
			assertThatExceptionOfType(ArchiveFormatException.class)
				.isThrownBy(() -> ArticleParser.parse(" date 2026-01-15  Japan Today\n\n"))
				.withMessageContaining("no title");
		}

		@Test
		void impossibleDate() {
			assertThatExceptionOfType(ArchiveFormatException.class)
				.isThrownBy(() -> ArticleParser.parse(" date 2026-02-30  Japan Today\npolitics\n\nTitle\n"))
				.withMessageContaining("invalid date");
		}

	}

}

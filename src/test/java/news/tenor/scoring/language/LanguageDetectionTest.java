package news.tenor.scoring.language;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import news.tenor.scoring.SentenceSplitter;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageDetectionTest {

	private static final Language JAPANESE = Language.of("ja");

	private static final Language FRENCH = Language.of("fr");

	private static final LanguageDetection detection = LanguageDetection.get();

	/** The example: Neutral +0.17 from the English model before. */
	static String japanese() {
		return "日本の防衛費の増額には反対です。税金の無駄遣いだ。";
	}

	static String french() {
		return "Je ne suis pas d'accord avec cette décision du gouvernement. C'est de l'argent jeté par les fenêtres.";
	}

	static List<String> mixedJapaneseEnglish() {
		return List.of("日本の防衛費の増額には反対です。", "I think the government is wasting our taxes on this.", "Agreed.",
				"税金の無駄遣いだ。", "Well said 👍");
	}

	@Nested
	class Comments {

		@Test
		void japaneseCommentIsJapaneseSentenceBySentence() {
			List<String> sentences = split(japanese());
			assertThat(detection.sentences(sentences)).containsOnly(JAPANESE).isNotEmpty();
			assertThat(LanguageDetection.names(detection.sentences(sentences))).isEqualTo("Japanese");
		}

		@Test
		void frenchCommentIsFrench() {
			List<String> sentences = split(french());
			assertThat(sentences).hasSize(2);
			assertThat(detection.sentences(sentences)).containsExactly(FRENCH, FRENCH);
		}

		@Test
		void mixedCommentKeepsItsEnglishSentencesEnglish() {
			assertThat(detection.sentences(mixedJapaneseEnglish())).containsExactly(JAPANESE, Language.ENGLISH,
					Language.ENGLISH, JAPANESE, Language.ENGLISH);
			assertThat(LanguageDetection.names(detection.sentences(mixedJapaneseEnglish())))
				.isEqualTo("English, Japanese");
		}

		@Test
		void shortSentenceTakesTheLanguageOfItsComment() {
			assertThat(detection.sentences(List.of("Merci.", "Je ne suis pas du tout d'accord avec le ministre.")))
				.containsExactly(FRENCH, FRENCH);
			assertThat(detection.sentences(List.of("Merci.", "I could not agree more with the minister.")))
				.containsExactly(Language.ENGLISH, Language.ENGLISH);
		}

		@Test
		void sentenceWithoutLettersTakesTheCommentsLanguage() {
			assertThat(detection.sentences(List.of("日本の防衛費の増額には反対です。", "👍👍"))).containsExactly(JAPANESE, JAPANESE);
			assertThat(detection.sentences(List.of("👍👍", "https://www.japantimes.co.jp/news/2026/01/15/")))
				.containsExactly(Language.ENGLISH, Language.ENGLISH);
		}

		@Test
		void allKanjiSentenceInAJapaneseCommentIsJapanese() {
			assertThat(detection.of("防衛費増額反対。")).isEqualTo(Language.of("zh"));
			assertThat(detection.sentences(List.of("防衛費増額反対。", "税金の無駄遣いだ。"))).containsExactly(JAPANESE, JAPANESE);
		}

		static List<String> split(String comment) {
			return new SentenceSplitter().split(comment).stream().map(SentenceSplitter.SplitSentence::text).toList();
		}

	}

	/**
	 * The acceptance fixture ({@code language/archive}): a Japanese, a French, a
	 * mixed Japanese/English and an English comment under one article, as the job will
	 * read them.
	 */
	@Nested
	class TestArchive {

		@Test
		void japaneseAndFrenchCommentsAreNotEnglishAndTheMixedOnesEnglishSentencesAre() throws Exception {
			byte[] file = LanguageDetectionTest.class
				.getResourceAsStream("/language/archive/2026-01-15-defense-budget.txt")
				.readAllBytes();
			List<news.tenor.archive.Comment> comments = ((news.tenor.archive.ParsedEntry.Parsed) news.tenor.archive.ParsedEntry
				.of(new news.tenor.archive.ArchiveEntry("defense-budget.txt", file, false, 1))).article().comments();
			assertThat(comments).hasSize(4);
			List<List<String>> sentences = comments.stream().map((c) -> Comments.split(c.text())).toList();
			assertThat(detection.sentences(sentences.get(0))).isNotEmpty().containsOnly(JAPANESE);
			assertThat(detection.sentences(sentences.get(1))).containsExactly(FRENCH, FRENCH);
			assertThat(sentences.get(2)).containsExactly("日本の防衛費の増額には反対です。",
					"I think the government is wasting our taxes on missiles.", "Agreed?");
			assertThat(detection.sentences(sentences.get(2))).containsExactly(JAPANESE, Language.ENGLISH,
					Language.ENGLISH);
			assertThat(detection.sentences(sentences.get(3))).containsOnly(Language.ENGLISH);
		}

	}

	@Nested
	class ShortEnglish {

		@ParameterizedTest
		@ValueSource(strings = { "Agreed.", "lol", "OK!!", "Well said.", "Exactly", "Koizumi", "déjà vu", "karaoke",
				"sayonara", "Merci", "Nonsense.", "So true.", "Spot on.", "Wow.", "👍👍", "😂😂😂", "🇯🇵",
				"https://asia.nikkei.com/politics/defense/japan-s-self-defense-forces-miss-recruiting-target",
				"www.stat.go.jp/english/data/", "2,000,000 yen?", "50%", "1945", "???", "@Koizumi",
				"Takaichi-san, please.", "Sayonara, Mr Koizumi!" })
		void isEnglishInAComment(String reply) {
			assertThat(detection.of(reply)).isIn(Language.ENGLISH, Language.UNDETERMINED);
			assertThat(detection.sentences(List.of(reply))).containsExactly(Language.ENGLISH);
		}

		@ParameterizedTest
		@ValueSource(strings = { "It was déjà vu all over again in the Diet today.",
				"The karaoke bar near the station closed, sayonara to my Friday nights.",
				"Koizumi and Hegseth did push-ups together, how very kawaii.",
				"Prime Minister Takaichi said the budget is a fait accompli.",
				"Honestly the whole thing is a bit of a Zeitgeist moment for Tokyo.",
				"Typical Nagatacho, tatemae as usual." })
		void withAFewForeignWordsIsEnglish(String sentence) {
			assertThat(detection.of(sentence)).isIn(Language.ENGLISH, Language.UNDETERMINED);
			assertThat(detection.sentences(List.of(sentence))).containsExactly(Language.ENGLISH);
		}

	}

	@Nested
	class Scripts {

		@Test
		void scriptAloneDecides() {
			assertThat(detection.of("反対")).isEqualTo(Language.of("zh"));
			assertThat(detection.of("ありがとう")).isEqualTo(JAPANESE);
			assertThat(detection.of("정말 좋은 기사입니다.")).isEqualTo(Language.of("ko"));
			assertThat(detection.of("Это просто позор.")).isEqualTo(Language.of("ru"));
			assertThat(detection.of("NHKのニュースで見た")).isEqualTo(JAPANESE);
		}

		@Test
		void namesAreEnglish() {
			assertThat(Language.of("ja").name()).isEqualTo("Japanese");
			assertThat(Language.of("zh").name()).isEqualTo("Chinese");
			assertThat(Language.of("ko").name()).isEqualTo("Korean");
			assertThat(Language.of("pt").name()).isEqualTo("Portuguese");
		}

	}

	@Test
	void latinLanguagesWithEnoughWords() {
		assertThat(detection.of("Das ist wirklich eine schlechte Entscheidung der Regierung."))
			.isEqualTo(Language.of("de"));
		assertThat(detection.of("No estoy de acuerdo con el primer ministro.")).isEqualTo(Language.of("es"));
		assertThat(detection.of("Questa decisione del governo è davvero assurda.")).isEqualTo(Language.of("it"));
		assertThat(detection.of("Eu não concordo com essa decisão do governo.")).isEqualTo(Language.of("pt"));
		assertThat(detection.of("Ik ben het helemaal niet eens met de regering.")).isEqualTo(Language.of("nl"));
		assertThat(detection.of("I could not agree more with the minister.")).isEqualTo(Language.ENGLISH);
	}

	@Test
	void widerCandidatesAreLinguasLanguages() {
		LanguageDetection wider = LanguageDetection.get(List.of("en", "ja", "uk", "ru", "tl"));
		assertThat(wider.candidates()).containsExactlyInAnyOrder("en", "ja", "uk", "ru", "tl");
		assertThat(wider.of("Це просто ганьба для всієї країни.")).isEqualTo(Language.of("uk"));
		assertThat(wider.of("Это просто позор для всей страны.")).isEqualTo(Language.of("ru"));
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> LanguageDetection.get(List.of("en", "xx")))
			.withMessageContaining("[xx]");
	}

	@Test
	void onePerJvmAndSafeToShare() throws Exception {
		assertThat(LanguageDetection.get()).isSameAs(detection);
		List<String> sentences = mixedJapaneseEnglish();
		List<Language> expected = detection.sentences(sentences);
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<List<Language>>> results = new java.util.ArrayList<>();
			for (int i = 0; i < 200; i++) {
				results.add(threads.submit(() -> detection.sentences(sentences)));
			}
			for (Future<List<Language>> result : results) {
				assertThat(result.get()).isEqualTo(expected);
			}
		}
		finally {
			threads.shutdown();
		}
	}

}

package news.tenor.scoring.language;

import org.junit.jupiter.api.Test;

import news.tenor.scoring.language.Letters.Writing;

import static org.assertj.core.api.Assertions.assertThat;

class LettersTest {

	@Test
	void namesInsideASentenceAreLeftOut() {
		assertThat(Letters.withoutNames("The movie is full of fine performances, led by Josef Bierbichler as Brecht."))
			.isEqualTo("The movie is full of fine performances, led by as");
		assertThat(Letters.withoutNames("Koizumi and Hegseth did push-ups, I hear."))
			.isEqualTo("Koizumi and did push-ups, I hear.");
	}

	@Test
	void headlineCaseAndShoutingAreKept() {
		assertThat(Letters.withoutNames("Koizumi, Hegseth Exercise Together"))
			.isEqualTo("Koizumi, Hegseth Exercise Together");
		assertThat(Letters.withoutNames("THIS IS A DISGRACE")).isEqualTo("THIS IS A DISGRACE");
	}

	@Test
	void kanaMakesJapaneseAndHanAloneChinese() {
		assertThat(Letters.of("NHKのニュースで見た").dominant()).isEqualTo(Writing.JAPANESE);
		assertThat(Letters.of("防衛費増額反対").dominant()).isEqualTo(Writing.CHINESE);
		assertThat(Letters.of("정말 좋은 기사입니다").dominant()).isEqualTo(Writing.KOREAN);
		assertThat(Letters.of("I had ramen at 一蘭 yesterday").dominant()).isEqualTo(Writing.LATIN);
	}

	@Test
	void linksAndEmojiHaveNoLetters() {
		assertThat(Letters.of(Letters.withoutLinks("https://www.japantimes.co.jp/news/ 👍 2,000")).dominant()).isNull();
		assertThat(Letters.of(Letters.withoutLinks("see www.stat.go.jp/english/data/ and @Koizumi")).latinWords())
			.isEqualTo(2);
	}

}

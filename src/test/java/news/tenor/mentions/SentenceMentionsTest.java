package news.tenor.mentions;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The cached text of a sentence's mentions, read back, without CoreNLP. */
class SentenceMentionsTest {

	static SentenceMentions issueExample() {
		return SentenceMentions.of(
				List.of("Takaichi", "'s", "budget", "is", "reckless", ",", "while", "Koizumi", "at", "least", "tried",
						"to", "be", "honest", "."),
				List.of("PERSON", "O", "O", "O", "O", "O", "O", "PERSON", "O", "O", "O", "O", "O", "O", "O"));
	}

	@Test
	void aRunOfTokensWithOneTagIsOneMention() {
		SentenceMentions mentions = SentenceMentions.of(
				List.of("Prime", "Minister", "Sanae", "Takaichi", "met", "the", "Bank", "of", "Japan", "in", "Tokyo"),
				List.of("O", "O", "PERSON", "PERSON", "O", "O", "ORGANIZATION", "ORGANIZATION", "ORGANIZATION", "O",
						"LOCATION"));
		assertThat(mentions.mentions()).containsExactly(
				new Mention(2, 4, EntityType.PERSON, List.of("Sanae", "Takaichi")),
				new Mention(6, 9, EntityType.ORGANISATION, List.of("Bank", "of", "Japan")),
				new Mention(10, 11, EntityType.PLACE, List.of("Tokyo")));
		assertThat(mentions.tokens()).isEqualTo(11);
		assertThat(mentions.at(7).text()).isEqualTo("Bank of Japan");
		assertThat(mentions.at(4)).isNull();
	}

	@Test
	void tagsTenorDoesNotKeepEndAMentionAndAChangeOfTypeStartsOne() {
		SentenceMentions mentions = SentenceMentions.of(List.of("Americans", "love", "Toyota", "Tokyo", "Olympics"),
				List.of("MISC", "O", "ORGANIZATION", "LOCATION", "MISC"));
		assertThat(mentions.mentions()).extracting(Mention::text).containsExactly("Toyota", "Tokyo");
	}

	@Test
	void theCachedTextIsSmallAndReadsBack() {
		SentenceMentions mentions = issueExample();
		assertThat(mentions.encode()).isEqualTo("m1 15 P0.1 Takaichi P7.1 Koizumi");
		assertThat(SentenceMentions.decode(mentions.encode())).isEqualTo(mentions);
		assertThat(mentions.encodedBytes()).isEqualTo(32);
		SentenceMentions none = SentenceMentions.of(List.of("Well", "said", "."), List.of("O", "O", "O"));
		assertThat(none.encode()).isEqualTo("m1 3");
		assertThat(SentenceMentions.decode("m1 3")).isEqualTo(none);
		assertThat(none.isEmpty()).isTrue();
	}

	@Test
	void multiWordNamesAndSpacesInsideATokenReadBack() {
		SentenceMentions mentions = SentenceMentions.of(
				List.of("at", "Joint", "Base", "Myer", "-", "Henderson", "Hall"),
				List.of("O", "LOCATION", "LOCATION", "LOCATION", "LOCATION", "LOCATION", "LOCATION"));
		assertThat(mentions.encode()).isEqualTo("m1 7 L1.6 Joint Base Myer - Henderson Hall");
		assertThat(SentenceMentions.decode(mentions.encode())).isEqualTo(mentions);
		SentenceMentions spaced = SentenceMentions.of(List.of("Shop", "No 1"), List.of("ORGANIZATION", "ORGANIZATION"));
		assertThat(spaced.mentions().get(0).words()).containsExactly("Shop", "No\u00A01");
		assertThat(SentenceMentions.decode(spaced.encode())).isEqualTo(spaced);
	}

	@Test
	void textOfAnotherFormatOrThatDoesNotFitIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> SentenceMentions.decode("a1 3"));
		assertThatIllegalArgumentException().isThrownBy(() -> SentenceMentions.decode("m1 3 P0.2 Koizumi"));
		assertThatIllegalArgumentException().isThrownBy(() -> SentenceMentions.decode("m1 1 P0.2 Shinjiro Koizumi"));
		assertThatIllegalArgumentException().isThrownBy(() -> SentenceMentions.decode("m1 3 X0.1 Koizumi"));
		assertThatIllegalArgumentException().isThrownBy(() -> SentenceMentions.decode("m1 x"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SentenceMentions.decode("m1 5 P2.1 Koizumi P1.1 Hegseth"));
	}

}

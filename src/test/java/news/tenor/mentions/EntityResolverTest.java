package news.tenor.mentions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import news.tenor.mentions.EntityResolver.Entity;
import news.tenor.mentions.EntityResolver.Occurrence;

import static news.tenor.mentions.EntityType.ORGANISATION;
import static news.tenor.mentions.EntityType.PERSON;
import static news.tenor.mentions.EntityType.PLACE;
import static org.assertj.core.api.Assertions.assertThat;

class EntityResolverTest {

	private final EntityResolver resolver = new EntityResolver();

	/** A mention as the recogniser gives it: its words, split at spaces. */
	static Occurrence mention(String words, EntityType type, String sentence) {
		List<String> tokens = Arrays.asList(words.split(" "));
		return new Occurrence(new Mention(0, tokens.size(), type, tokens), sentence);
	}

	static Occurrence mention(String words, EntityType type) {
		return mention(words, type, words + " said so.");
	}

	private List<Entity> one(Occurrence... occurrences) {
		return this.resolver.resolve(List.of(List.of(occurrences))).get(0);
	}

	private static List<String> names(List<Entity> entities) {
		return entities.stream().map(Entity::name).toList();
	}

	@Nested
	class OneArticle {

		@Test
		void shortNamesPossessivesTitlesAndJuniorAreTheLongestName() {
			List<Entity> entities = one(mention("Shinjiro Koizumi", PERSON), mention("Koizumi", PERSON),
					mention("Koizumi", PERSON), mention("Mr. Koizumi", PERSON), mention("Koizumi junior", PERSON),
					mention("Koizumi's", PERSON), mention("koizumi", PERSON), mention("Koizumi-san", PERSON),
					mention("Defense Minister Shinjiro Koizumi", PERSON), mention("Shinjiro", PERSON));
			assertThat(names(entities)).containsOnly("Shinjiro Koizumi");
			assertThat(entities.get(0).type()).isEqualTo(PERSON);
			assertThat(entities.get(0).names()).contains("Shinjiro Koizumi", "Koizumi", "koizumi");
			assertThat(entities).allMatch((e) -> e == entities.get(0));
		}

		@Test
		void titlesBeforeTheNameAreLeftOut() {
			assertThat(names(one(mention("Prime Minister Sanae Takaichi", PERSON), mention("Takaichi", PERSON),
					mention("U.S. Defense Secretary Pete Hegseth", PERSON), mention("Hegseth", PERSON),
					mention("Gov. Koike", PERSON), mention("Yuriko Koike", PERSON), mention("Sen. Rubio", PERSON),
					mention("Rep. Ocasio-Cortez", PERSON))))
				.containsExactly("Sanae Takaichi", "Sanae Takaichi", "Pete Hegseth", "Pete Hegseth", "Yuriko Koike",
						"Yuriko Koike", "Rubio", "Ocasio-Cortez");
		}

		@Test
		void anAcronymGivenInBracketsIsTheNameItFollows() {
			assertThat(names(one(
					mention("Liberal Democratic Party", ORGANISATION,
							"The ruling Liberal Democratic Party (LDP) lost its majority."),
					mention("LDP", ORGANISATION),
					mention("Bank of Japan", ORGANISATION, "The Bank of Japan (BOJ) held rates."),
					mention("BOJ", ORGANISATION), mention("the Bank of Japan", ORGANISATION))))
				.containsExactly("Liberal Democratic Party", "Liberal Democratic Party", "Bank of Japan",
						"Bank of Japan", "Bank of Japan");
		}

		@Test
		void anAcronymMayTakeLettersFromInsideTheWords() {
			assertThat(names(one(mention("Japan Airlines", ORGANISATION, "Japan Airlines (JAL) cut fares."),
					mention("JAL", ORGANISATION))))
				.containsExactly("Japan Airlines", "Japan Airlines");
		}

		@Test
		void aMiddleInitialAndAnHonorificMakeNoOtherPerson() {
			assertThat(names(one(mention("Donald J. Trump", PERSON), mention("Donald Trump", PERSON),
					mention("Shinzo Abe", PERSON), mention("Abe-chan", PERSON), mention("Abe san", PERSON))))
				.containsExactly("Donald J. Trump", "Donald J. Trump", "Shinzo Abe", "Shinzo Abe", "Shinzo Abe");
		}

		@Test
		void bracketsThatDoNotSpellTheNameAreNoAcronym() {
			assertThat(
					names(one(mention("Toyota", ORGANISATION, "Toyota (TSE) rose 3%."), mention("TSE", ORGANISATION))))
				.containsExactly("Toyota", "TSE");
		}

		@Test
		void twoPeopleOfOneSurnameLeaveTheSurnameAlone() {
			assertThat(names(one(mention("Shinjiro Koizumi", PERSON), mention("Junichiro Koizumi", PERSON),
					mention("Koizumi", PERSON))))
				.containsExactly("Shinjiro Koizumi", "Junichiro Koizumi", "Koizumi");
		}

		@Test
		void aPlaceInsideAnOrganisationsNameIsNotThatOrganisation() {
			List<Entity> entities = one(mention("Bank of Japan", ORGANISATION), mention("Japan", PLACE),
					mention("Japan Airlines", ORGANISATION));
			assertThat(names(entities)).containsExactly("Bank of Japan", "Japan", "Japan Airlines");
			assertThat(entities.get(1).type()).isEqualTo(PLACE);
		}

		@Test
		void theTypeIsWhatMostMentionsOfTheNameGot() {
			List<Entity> entities = one(mention("Koizumi", PERSON), mention("Koizumi", PLACE),
					mention("Koizumi", PERSON));
			assertThat(entities).allMatch((e) -> e.type() == PERSON && e.name().equals("Koizumi"));
		}

		@Test
		void acronymDotsDoNotMakeAnotherPlace() {
			assertThat(one(mention("U.S.", PLACE), mention("US", PLACE)))
				.allMatch((e) -> e.name().equals("U.S.") && e.type() == PLACE);
		}

	}

	@Nested
	class TheRun {

		@Test
		void aShortNameAloneInItsArticleLinksToTheRunsLongestName() {
			List<List<Entity>> run = resolver.resolve(List.of(List.of(mention("Sanae Takaichi", PERSON)),
					List.of(mention("Takaichi", PERSON), mention("LDP", ORGANISATION)),
					List.of(mention("Liberal Democratic Party", ORGANISATION,
							"the Liberal Democratic Party (LDP) said"))));
			assertThat(run.get(1).get(0).name()).isEqualTo("Sanae Takaichi");
			assertThat(run.get(1).get(0)).isSameAs(run.get(0).get(0));
			assertThat(run.get(1).get(1).name()).isEqualTo("Liberal Democratic Party");
		}

		@Test
		void theArticleDecidesBeforeTheRun() {
			List<List<Entity>> run = resolver
				.resolve(List.of(List.of(mention("Junichiro Koizumi", PERSON), mention("Koizumi", PERSON)),
						List.of(mention("Shinjiro Koizumi", PERSON), mention("Koizumi", PERSON))));
			assertThat(run.get(0).get(1).name()).isEqualTo("Junichiro Koizumi");
			assertThat(run.get(1).get(1).name()).isEqualTo("Shinjiro Koizumi");
		}

		@Test
		void aShortNameTheRunCannotDecideStaysAsWritten() {
			List<List<Entity>> run = resolver.resolve(List.of(List.of(mention("Junichiro Koizumi", PERSON)),
					List.of(mention("Shinjiro Koizumi", PERSON)), List.of(mention("Koizumi", PERSON))));
			assertThat(run.get(2).get(0).name()).isEqualTo("Koizumi");
		}

		@Test
		void oneNameInTwoArticlesIsOneEntity() {
			List<List<Entity>> run = resolver.resolve(List.of(List.of(mention("Pete Hegseth", PERSON)),
					List.of(mention("Hegseth", PERSON)), new ArrayList<>(List.of(mention("Pete Hegseth", PERSON)))));
			assertThat(run.get(0).get(0)).isSameAs(run.get(1).get(0)).isSameAs(run.get(2).get(0));
		}

	}

}

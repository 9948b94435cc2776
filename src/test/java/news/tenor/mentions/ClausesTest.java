package news.tenor.mentions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import news.tenor.mentions.Clauses.Clause;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a sentence is cut into the clauses that carry separate opinions. */
class ClausesTest {

	/**
	 * The clauses of a sentence written as tokens with the mentions in brackets and verbs
	 * marked with a trailing {@code /V}: "[Koizumi] did/V well".
	 */
	private static List<String> clauses(String marked) {
		List<String> words = new ArrayList<>();
		List<String> tags = new ArrayList<>();
		List<Mention> mentions = new ArrayList<>();
		for (String token : marked.split(" ")) {
			boolean mention = token.startsWith("[") && token.endsWith("]");
			String word = mention ? token.substring(1, token.length() - 1) : token;
			boolean verb = word.endsWith("/V");
			word = verb ? word.substring(0, word.length() - 2) : word;
			if (mention) {
				mentions.add(new Mention(words.size(), words.size() + 1, EntityType.PERSON, List.of(word)));
			}
			words.add(word);
			tags.add(verb ? "VBD" : "NN");
		}
		List<String> out = new ArrayList<>();
		for (Clause clause : Clauses.of(words, tags, mentions)) {
			out.add((clause.contrasted() ? "~" : "") + String.join(" ", words.subList(clause.start(), clause.end())));
		}
		return out;
	}

	@Test
	void aContrastCutsTheSentence() {
		assertThat(clauses("[Takaichi] 's budget is/V reckless , while [Koizumi] at least tried/V to be/V honest ."))
			.containsExactly("Takaichi 's budget is reckless ,", "while Koizumi at least tried to be honest .");
		assertThat(clauses("[Merkel] was/V a steady hand ; [Scholz] has/V been/V a disappointment ."))
			.containsExactly("Merkel was a steady hand ;", "Scholz has been a disappointment .");
		assertThat(clauses("The weather was/V awful , but [Koizumi] 's speech was/V inspiring ."))
			.containsExactly("The weather was awful ,", "but Koizumi 's speech was inspiring .");
	}

	@Test
	void butMeaningExceptAndAContrastAfterTheNameAloneDoNotCut() {
		assertThat(clauses("[Putin] has/V brought/V nothing but misery .")).hasSize(1);
		assertThat(clauses("[Nissan] , meanwhile , is/V heading/V for bankruptcy ."))
			.containsExactly("Nissan , meanwhile , is heading for bankruptcy .");
		assertThat(clauses("not yet , and yet [Abe] tried/V")).containsExactly("not yet , and", "yet Abe tried");
	}

	@Test
	void andBecauseAndSinceCutOnlyWhereASecondMentionOpensAClause() {
		assertThat(clauses("[Koizumi] and [Hegseth] both looked/V great .")).hasSize(1);
		assertThat(clauses("[Kishida] was/V weak and indecisive , while [Abe] had/V a vision ."))
			.containsExactly("Kishida was weak and indecisive ,", "while Abe had a vision .");
		assertThat(clauses("[Koizumi] did/V well and [Hegseth] did/V badly .")).containsExactly("Koizumi did well",
				"and Hegseth did badly .");
		assertThat(clauses("Thank/V goodness for [Koizumi] , because [Hegseth] has/V no idea ."))
			.containsExactly("Thank goodness for Koizumi ,", "because Hegseth has no idea .");
		assertThat(clauses("I like/V [Koizumi] because he is/V honest .")).hasSize(1);
	}

	@Test
	void aContrastingPrepositionBeforeAMentionIsAContrastedPhrase() {
		assertThat(clauses("[Koizumi] is/V far more honest than [Takaichi] ."))
			.containsExactly("Koizumi is far more honest", "~than Takaichi .");
		assertThat(clauses("Unlike [Trump] , [Ishiba] actually listens/V to people ."))
			.containsExactly("~Unlike Trump ,", "Ishiba actually listens to people .");
		assertThat(clauses("[Kono] would have/V made/V a great prime minister , unlike [Kishida] ."))
			.containsExactly("Kono would have made a great prime minister ,", "~unlike Kishida .");
		assertThat(clauses("[Hegseth] looks/V pathetic next to [Koizumi] .")).containsExactly("Hegseth looks pathetic",
				"~next to Koizumi .");
		assertThat(clauses("The credit goes/V to [Koizumi] , not [Takaichi] ."))
			.containsExactly("The credit goes to Koizumi ,", "~not Takaichi .");
		assertThat(clauses("[Koizumi] is/V more honest than ever .")).hasSize(1);
	}

	@Test
	void everyTokenIsInOneClause() {
		String sentence = "Unlike [Trump] , [Ishiba] listens/V , but [Kishida] never did/V ; and [Abe] ?";
		List<String> clauses = clauses(sentence);
		assertThat(String.join(" ", clauses).replace("~", "")).isEqualTo(sentence.replaceAll("[\\[\\]]|/V", ""));
		assertThat(Arrays.asList(clauses.get(0).split(" "))).startsWith("~Unlike");
	}

}

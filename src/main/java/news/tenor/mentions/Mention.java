package news.tenor.mentions;

import java.util.List;

/**
 * A named entity as CoreNLP's recogniser found it in one sentence: a run of tokens with
 * the same tag. Token positions are those of the sentence's cached analysis (the same
 * tokenizer cut both), so the span lines up with the leaves of its sentiment tree.
 *
 * @param start the first token (0-based)
 * @param end one past the last token
 * @param type Person, Organisation or Place
 * @param words the tokens, as CoreNLP's tokenizer gave them
 */
public record Mention(int start, int end, EntityType type, List<String> words) {

	public Mention {
		words = List.copyOf(words);
		if (start < 0 || end <= start || words.size() != end - start) {
			throw new IllegalArgumentException(
					"a mention of tokens " + start + ".." + end + " cannot hold " + words.size() + " words");
		}
		for (String word : words) {
			if (word.isEmpty() || word.chars().anyMatch(Character::isWhitespace)) {
				throw new IllegalArgumentException("a mention's word must be one non-empty token: '" + word + "'");
			}
		}
	}

	/** The words joined by spaces, as written for people ("Bank of Japan"). */
	public String text() {
		return String.join(" ", this.words);
	}

	public int length() {
		return this.end - this.start;
	}

	public boolean contains(int token) {
		return token >= this.start && token < this.end;
	}

}

package news.tenor.mentions;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The named entities CoreNLP's recogniser found in one sentence, as Tenor caches them
 * beside the sentence's score: one small versioned line per sentence and recogniser model
 * ({@link EntityRecogniser#modelKey()}), written once and read by every later run, so
 * that a rerun runs the recogniser on nothing.
 *
 * <p>
 * The cached text ({@link #encode()}, format {@value #FORMAT}) is
 * {@code m1 TOKENS MENTION...}, each mention a header {@code TSTART.LENGTH} (T the type's
 * letter: {@code P} Person, {@code O} Organisation, {@code L} Place) followed by its
 * LENGTH words: {@code m1 12 P0.1 Takaichi P7.1 Koizumi}. TOKENS is the sentence's length
 * in tokens, to check that the mentions fit the analysis they are read with. A sentence
 * without entities is {@code m1 12}. Whitespace inside a token is cached as U+00A0, as in
 * the sentence analysis.
 *
 * @param tokens the sentence's length in CoreNLP tokens
 * @param mentions in order, not overlapping
 */
public record SentenceMentions(int tokens, List<Mention> mentions) {

	/** The version of the cached text; a change of it is a change of the cache. */
	public static final String FORMAT = "m1";

	public SentenceMentions {
		mentions = List.copyOf(mentions);
		int last = 0;
		for (Mention mention : mentions) {
			if (mention.start() < last || mention.end() > tokens) {
				throw new IllegalArgumentException("mentions must be in order, apart, and within the " + tokens
						+ " tokens of the sentence: " + mentions);
			}
			last = mention.end();
		}
	}

	/**
	 * The mentions of a sentence from its tokens' NER tags: a run of tokens with the same
	 * kept tag is one mention (as CoreNLP's {@code entitymentions} groups the 3-class
	 * model's tags); tags Tenor does not keep ({@code O}, {@code MISC}) end a run.
	 * @param words the tokens
	 * @param tags CoreNLP's NER tag of each token
	 */
	public static SentenceMentions of(List<String> words, List<String> tags) {
		if (words.size() != tags.size()) {
			throw new IllegalArgumentException(words.size() + " words but " + tags.size() + " tags");
		}
		List<Mention> mentions = new ArrayList<>();
		int i = 0;
		while (i < words.size()) {
			EntityType type = EntityType.ofCoreNlp(tags.get(i));
			if (type == null) {
				i++;
				continue;
			}
			int start = i;
			String tag = tags.get(i);
			while (i < words.size() && tag.equals(tags.get(i))) {
				i++;
			}
			List<String> run = new ArrayList<>(i - start);
			for (String word : words.subList(start, i)) {
				run.add(cached(word));
			}
			mentions.add(new Mention(start, i, type, run));
		}
		return new SentenceMentions(words.size(), mentions);
	}

	private static String cached(String word) {
		return word.replaceAll("\\s", "\u00A0");
	}

	public boolean isEmpty() {
		return this.mentions.isEmpty();
	}

	/** The cached text: {@code m1 TOKENS TSTART.LENGTH word... ...}. */
	public String encode() {
		StringBuilder out = new StringBuilder(FORMAT).append(' ').append(this.tokens);
		for (Mention mention : this.mentions) {
			out.append(' ').append(mention.type().code()).append(mention.start()).append('.').append(mention.length());
			for (String word : mention.words()) {
				out.append(' ').append(word);
			}
		}
		return out.toString();
	}

	/** Reads {@link #encode()}'s text back. */
	public static SentenceMentions decode(String text) {
		String[] f = text.split(" ");
		if (f.length < 2 || !FORMAT.equals(f[0])) {
			throw new IllegalArgumentException("not sentence mentions of format " + FORMAT + ": " + text);
		}
		try {
			int tokens = Integer.parseInt(f[1]);
			List<Mention> mentions = new ArrayList<>();
			int i = 2;
			while (i < f.length) {
				String header = f[i++];
				EntityType type = EntityType.ofCode(header.charAt(0));
				int dot = header.indexOf('.');
				int start = Integer.parseInt(header.substring(1, dot));
				int length = Integer.parseInt(header.substring(dot + 1));
				if (length < 1 || i + length > f.length) {
					throw new IllegalArgumentException("mention " + header + " lacks its words in: " + text);
				}
				List<String> words = List.of(f).subList(i, i + length);
				i += length;
				mentions.add(new Mention(start, start + length, type, words));
			}
			return new SentenceMentions(tokens, mentions);
		}
		catch (NumberFormatException | StringIndexOutOfBoundsException ex) {
			throw new IllegalArgumentException("not sentence mentions of format " + FORMAT + ": " + text, ex);
		}
	}

	/** Bytes of the cached text in UTF-8. */
	public int encodedBytes() {
		return encode().getBytes(StandardCharsets.UTF_8).length;
	}

	/** The mention covering the token, or {@code null}. */
	public Mention at(int token) {
		for (Mention mention : this.mentions) {
			if (mention.contains(token)) {
				return mention;
			}
		}
		return null;
	}

}

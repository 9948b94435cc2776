package news.tenor.scoring.language;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The letters of a sentence counted by writing system, links and handles left out: what
 * decides a sentence's language before any statistics. Japanese, Chinese and Korean are
 * told apart by script alone (kana is only Japanese, hangul only Korean, han without
 * either is Chinese); a CJK character weighs as much as two Latin letters, since it
 * stands for a syllable or a word where a Latin letter stands for a sound.
 */
record Letters(Map<Writing, Integer> counts, int latinWords) {

	/**
	 * The writing systems Tenor tells apart, each naming the language it decides (if
	 * one).
	 */
	enum Writing {

		LATIN(null, 1), JAPANESE("ja", 2), CHINESE("zh", 2), KOREAN("ko", 2), CYRILLIC("ru", 1), GREEK("el", 1),
		ARABIC("ar", 1), HEBREW("he", 1), THAI("th", 1), DEVANAGARI("hi", 1), OTHER("mis", 1);

		/**
		 * The language this writing decides when no detector is asked, or null (Latin).
		 */
		final String language;

		final int weight;

		Writing(String language, int weight) {
			this.language = language;
			this.weight = weight;
		}

	}

	/** Links, e-mail addresses and @handles: no language of their own. */
	static final Pattern LINKS = Pattern.compile(
			"(?i)(?:https?://|www\\.)\\S+|\\S+@\\S+\\.\\S+|@\\w+|\\b[\\w.-]+\\.(?:com|org|net|gov|edu|io|jp|uk|de|fr|html?)(?:/\\S*)?");

	static String withoutLinks(String text) {
		return LINKS.matcher(text).replaceAll(" ");
	}

	/**
	 * The text without the capitalised words inside it: names ("Josef Bierbichler",
	 * "Koizumi", "São Paulo") say little about the language of the sentence around them
	 * and pull English sentences towards German or Portuguese. The first word, one-letter
	 * words ("I") and texts mostly capitalised (headline case, shouting) are kept as they
	 * are.
	 */
	static String withoutNames(String text) {
		String[] words = text.strip().split("\\s+");
		int capitalised = 0;
		int latin = 0;
		for (String word : words) {
			int first = firstLetter(word);
			if (first >= 0 && Character.UnicodeScript.of(word.codePointAt(first)) == Character.UnicodeScript.LATIN) {
				latin++;
				capitalised += Character.isUpperCase(word.codePointAt(first)) ? 1 : 0;
			}
		}
		if (capitalised * 2 > latin) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		boolean first = true;
		for (String word : words) {
			int letter = firstLetter(word);
			boolean name = !first && letter >= 0 && Character.isUpperCase(word.codePointAt(letter))
					&& word.codePointCount(letter, word.length()) > 1;
			if (letter >= 0) {
				first = false;
			}
			if (!name) {
				kept.append(kept.isEmpty() ? "" : " ").append(word);
			}
		}
		return kept.toString();
	}

	private static int firstLetter(String word) {
		for (int i = 0; i < word.length(); i += Character.charCount(word.codePointAt(i))) {
			if (Character.isLetter(word.codePointAt(i))) {
				return i;
			}
		}
		return -1;
	}

	/** Counts the letters of a text (links already removed). */
	static Letters of(String text) {
		int latin = 0;
		int han = 0;
		int kana = 0;
		int hangul = 0;
		Map<Writing, Integer> counts = new EnumMap<>(Writing.class);
		int latinWords = 0;
		boolean inLatinWord = false;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			if (Character.isWhitespace(c)) {
				inLatinWord = false;
				continue;
			}
			if (!Character.isLetter(c)) {
				continue;
			}
			Character.UnicodeScript script = Character.UnicodeScript.of(c);
			switch (script) {
				case LATIN -> {
					latin++;
					if (!inLatinWord) {
						latinWords++;
						inLatinWord = true;
					}
				}
				case HAN -> han++;
				case HIRAGANA, KATAKANA -> kana++;
				case HANGUL -> hangul++;
				case CYRILLIC -> add(counts, Writing.CYRILLIC, 1);
				case GREEK -> add(counts, Writing.GREEK, 1);
				case ARABIC -> add(counts, Writing.ARABIC, 1);
				case HEBREW -> add(counts, Writing.HEBREW, 1);
				case THAI -> add(counts, Writing.THAI, 1);
				case DEVANAGARI -> add(counts, Writing.DEVANAGARI, 1);
				// letters of no one script (the long-vowel mark ー) say nothing
				case COMMON, INHERITED -> {
				}
				default -> add(counts, Writing.OTHER, 1);
			}
		}
		add(counts, Writing.LATIN, latin);
		if (kana > 0) {
			// Japanese writes han and kana together; a Korean text with han has hangul
			add(counts, hangul > kana ? Writing.KOREAN : Writing.JAPANESE, kana + han + hangul);
		}
		else if (hangul > 0) {
			add(counts, Writing.KOREAN, hangul + han);
		}
		else {
			add(counts, Writing.CHINESE, han);
		}
		return new Letters(counts, latinWords);
	}

	private static void add(Map<Writing, Integer> counts, Writing writing, int letters) {
		if (letters > 0) {
			counts.merge(writing, letters, Integer::sum);
		}
	}

	/** Letters weighted by writing: how much text there is to tell the language by. */
	int weight() {
		int total = 0;
		for (Map.Entry<Writing, Integer> entry : this.counts.entrySet()) {
			total += entry.getKey().weight * entry.getValue();
		}
		return total;
	}

	/**
	 * The writing most of the (weighted) letters are in, Latin on a tie; null when the
	 * text has no letters at all (emoji, numbers, punctuation).
	 */
	Writing dominant() {
		Writing best = null;
		int bestWeight = 0;
		for (Map.Entry<Writing, Integer> entry : this.counts.entrySet()) {
			int weight = entry.getKey().weight * entry.getValue();
			if (weight > bestWeight) {
				best = entry.getKey();
				bestWeight = weight;
			}
		}
		return best;
	}

}

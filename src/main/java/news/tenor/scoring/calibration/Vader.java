package news.tenor.scoring.calibration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import net.fellbaum.jemoji.Emoji;
import net.fellbaum.jemoji.EmojiManager;

/**
 * VADER (Hutto &amp; Gilbert, ICWSM 2014), the rules of its reference implementation
 * ({@code vaderSentiment.py} 3.3.2 of cjhutto/vaderSentiment, MIT licence) ported
 * faithfully, quirks included, so that its {@code compound} is the VADER that published
 * figures are about: booster and dampener words, ALL-CAPS emphasis when only some words
 * are in capitals, negation up to three words back ({@code n't}, "never so", "without
 * doubt", "least"), the contrastive "but", "!" and "?" emphasis, idioms, emoticons in the
 * lexicon, and emoji read as their names.
 *
 * <p>
 * The lexicon is VADER's own {@code vader_sentiment_lexicon.txt}, taken at build time out
 * of the jar of {@code com.github.apanimesh061:vader-sentiment-analyzer:1.0} (MIT; the
 * jar itself stays off the class path, see NOTES-calibration.md for why). Emoji names are
 * Unicode's CLDR short names, as in VADER's {@code emoji_utf8_lexicon.txt}, from
 * {@code net.fellbaum:jemoji} (Apache 2.0).
 *
 * <p>
 * Immutable once loaded and safe to share between threads; {@link #shared()} loads it
 * once per JVM.
 */
public final class Vader {

	static final String LEXICON = "/calibration/vader_sentiment_lexicon.txt";

	private static final double B_INCR = 0.293;

	private static final double B_DECR = -0.293;

	private static final double C_INCR = 0.733;

	private static final double N_SCALAR = -0.74;

	private static final Set<String> NEGATE = Set.of("aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt",
			"doesnt", "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt",
			"havent", "isnt", "mightnt", "mustnt", "neither", "don't", "hadn't", "hasn't", "haven't", "isn't",
			"mightn't", "mustn't", "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
			"oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent", "oughtn't", "shan't", "shouldn't", "uh-uh",
			"wasn't", "weren't", "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite");

	private static final Map<String, Double> BOOSTERS = boosters();

	private static final Map<String, Double> SPECIAL_CASES = Map.of("the shit", 3.0, "the bomb", 3.0, "bad ass", 1.5,
			"badass", 1.5, "bus stop", 0.0, "yeah right", -2.0, "kiss of death", -1.5, "to die for", 3.0,
			"beating heart", 3.1, "broken heart", -2.9);

	/** Python's {@code string.punctuation}. */
	private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

	private static volatile Vader shared;

	private final Map<String, Double> lexicon;

	private final Map<Integer, String> emojiNames;

	/**
	 * VADER's four scores for a text, and what the compound is made of.
	 *
	 * @param neg share of the text's weight that is negative
	 * @param neu share that is neutral
	 * @param pos share that is positive
	 * @param compound the sum of valences with emphasis, normalised to [-1, 1] by
	 * {@code x / sqrt(x² + 15)} (not rounded: the reference prints it to 4 decimals)
	 * @param sum the sum of valences with "!"/"?" emphasis, before normalising
	 * @param words words and emoticons VADER read
	 * @param rated of which carried a valence (not 0)
	 */
	public record Polarity(double neg, double neu, double pos, double compound, double sum, int words, int rated) {
	}

	Vader(Map<String, Double> lexicon, Map<Integer, String> emojiNames) {
		this.lexicon = Map.copyOf(lexicon);
		this.emojiNames = Map.copyOf(emojiNames);
	}

	/** This JVM's VADER, loaded on first use. */
	public static Vader shared() {
		Vader loaded = shared;
		if (loaded == null) {
			synchronized (Vader.class) {
				loaded = shared;
				if (loaded == null) {
					loaded = new Vader(readLexicon(), emojiNames());
					shared = loaded;
				}
			}
		}
		return loaded;
	}

	/** How many entries the valence lexicon has. */
	public int lexiconSize() {
		return this.lexicon.size();
	}

	/** The lexicon's valence of a word (−4..+4), or null when it has none. */
	public Double valence(String word) {
		return this.lexicon.get(word);
	}

	static Map<String, Double> readLexicon() {
		try (InputStream in = Vader.class.getResourceAsStream(LEXICON)) {
			if (in == null) {
				throw new IllegalStateException("no VADER lexicon " + LEXICON
						+ " on the class path (it is unpacked from vader-sentiment-analyzer by the build)");
			}
			Map<String, Double> lexicon = new HashMap<>();
			// the port's copy is Latin-1 (the reference's is UTF-8): two emoticons with a
			// 'Þ'
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String stripped = line.strip();
				if (stripped.isEmpty()) {
					continue;
				}
				String[] fields = stripped.split("\t");
				lexicon.put(fields[0], Double.parseDouble(fields[1]));
			}
			return lexicon;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The name of every emoji that is one code point, as VADER's emoji lexicon has them:
	 * VADER replaces emoji character by character, so longer sequences never match there
	 * either.
	 */
	static Map<Integer, String> emojiNames() {
		Map<Integer, String> names = new HashMap<>();
		for (Emoji emoji : EmojiManager.getAllEmojis()) {
			String unicode = emoji.getEmoji();
			if (unicode.codePointCount(0, unicode.length()) == 1) {
				names.putIfAbsent(unicode.codePointAt(0), emoji.getDescription().toLowerCase(Locale.ROOT));
			}
		}
		return names;
	}

	private static Map<String, Double> boosters() {
		Map<String, Double> boosters = new HashMap<>();
		for (String word : List.of("absolutely", "amazingly", "awfully", "completely", "considerable", "considerably",
				"decidedly", "deeply", "effing", "enormous", "enormously", "entirely", "especially", "exceptional",
				"exceptionally", "extreme", "extremely", "fabulously", "flipping", "flippin", "frackin", "fracking",
				"fricking", "frickin", "frigging", "friggin", "fully", "fuckin", "fucking", "fuggin", "fugging",
				"greatly", "hella", "highly", "hugely", "incredible", "incredibly", "intensely", "major", "majorly",
				"more", "most", "particularly", "purely", "quite", "really", "remarkably", "so", "substantially",
				"thoroughly", "total", "totally", "tremendous", "tremendously", "uber", "unbelievably", "unusually",
				"utter", "utterly", "very")) {
			boosters.put(word, B_INCR);
		}
		for (String word : List.of("almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof", "kind-of",
				"less", "little", "marginal", "marginally", "occasional", "occasionally", "partly", "scarce",
				"scarcely", "slight", "slightly", "somewhat", "sort of", "sorta", "sortof", "sort-of")) {
			boosters.put(word, B_DECR);
		}
		return boosters;
	}

	/** VADER's {@code polarity_scores}. */
	public Polarity polarityScores(String input) {
		return polarityScores(input, Set.of());
	}

	/**
	 * VADER's {@code polarity_scores} with some words silenced: a word whose lower case
	 * is in {@code silenced} carries no valence of its own (it still blocks or modifies
	 * its neighbours as VADER's rules say). For the calibration's experiments (VADER on
	 * some parts of speech only); no shipped score uses it.
	 */
	Polarity polarityScores(String input, Set<String> silenced) {
		String text = replaceEmoji(input).strip();
		String[] words = wordsAndEmoticons(text);
		String[] lower = new String[words.length];
		for (int i = 0; i < words.length; i++) {
			lower[i] = words[i].toLowerCase(Locale.ROOT);
		}
		boolean capDifferential = allCapDifferential(words);
		double[] sentiments = new double[words.length];
		for (int i = 0; i < words.length; i++) {
			if (BOOSTERS.containsKey(lower[i])) {
				continue;
			}
			if (i < words.length - 1 && lower[i].equals("kind") && lower[i + 1].equals("of")) {
				continue;
			}
			sentiments[i] = silenced.contains(lower[i]) ? 0.0 : sentimentValence(words, lower, i, capDifferential);
		}
		butCheck(lower, sentiments);
		return scoreValence(sentiments, text);
	}

	/** Each emoji replaced by its name, a space before it unless one is there already. */
	private String replaceEmoji(String text) {
		StringBuilder out = new StringBuilder(text.length());
		boolean previousSpace = true;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			i += Character.charCount(c);
			String name = this.emojiNames.get(c);
			if (name != null) {
				if (!previousSpace) {
					out.append(' ');
				}
				out.append(name);
				previousSpace = false;
			}
			else {
				out.appendCodePoint(c);
				previousSpace = c == ' ';
			}
		}
		return out.toString();
	}

	/**
	 * Python's {@code str.split()} (runs of whitespace), then leading and trailing
	 * punctuation stripped unless that leaves two characters or fewer (an emoticon).
	 */
	static String[] wordsAndEmoticons(String text) {
		List<String> words = new ArrayList<>();
		int start = -1;
		for (int i = 0; i <= text.length();) {
			int c = i < text.length() ? text.codePointAt(i) : ' ';
			boolean space = i == text.length() || isPythonWhitespace(c);
			if (space && start >= 0) {
				words.add(stripPunctuationIfWord(text.substring(start, i)));
				start = -1;
			}
			else if (!space && start < 0) {
				start = i;
			}
			i += i < text.length() ? Character.charCount(c) : 1;
		}
		return words.toArray(String[]::new);
	}

	private static boolean isPythonWhitespace(int c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x1F
				|| c == 0x85;
	}

	private static String stripPunctuationIfWord(String token) {
		int begin = 0;
		int end = token.length();
		while (begin < end && PUNCTUATION.indexOf(token.charAt(begin)) >= 0) {
			begin++;
		}
		while (end > begin && PUNCTUATION.indexOf(token.charAt(end - 1)) >= 0) {
			end--;
		}
		String stripped = token.substring(begin, end);
		return stripped.codePointCount(0, stripped.length()) <= 2 ? token : stripped;
	}

	/** Python's {@code str.isupper()}: some cased character, none lower or title case. */
	static boolean isUpper(String word) {
		boolean cased = false;
		for (int i = 0; i < word.length();) {
			int c = word.codePointAt(i);
			i += Character.charCount(c);
			if (Character.isLowerCase(c) || Character.isTitleCase(c)) {
				return false;
			}
			cased |= Character.isUpperCase(c);
		}
		return cased;
	}

	/** Whether some but not all words are in capitals. */
	private static boolean allCapDifferential(String[] words) {
		int capitals = 0;
		for (String word : words) {
			if (isUpper(word)) {
				capitals++;
			}
		}
		int differential = words.length - capitals;
		return differential > 0 && differential < words.length;
	}

	private static double scalarIncDec(String word, String lower, double valence, boolean capDifferential) {
		Double booster = BOOSTERS.get(lower);
		if (booster == null) {
			return 0.0;
		}
		double scalar = valence < 0 ? -booster : booster;
		if (isUpper(word) && capDifferential) {
			scalar += valence > 0 ? C_INCR : -C_INCR;
		}
		return scalar;
	}

	private double sentimentValence(String[] words, String[] lower, int i, boolean capDifferential) {
		Double rated = this.lexicon.get(lower[i]);
		if (rated == null) {
			return 0.0;
		}
		double valence = rated;
		int n = words.length;
		if (lower[i].equals("no") && i != n - 1 && this.lexicon.containsKey(lower[i + 1])) {
			valence = 0.0; // "no" negates the next word instead of counting itself
		}
		if ((i > 0 && lower[i - 1].equals("no")) || (i > 1 && lower[i - 2].equals("no"))
				|| (i > 2 && lower[i - 3].equals("no") && (lower[i - 1].equals("or") || lower[i - 1].equals("nor")))) {
			valence = rated * N_SCALAR;
		}
		if (isUpper(words[i]) && capDifferential) {
			valence += valence > 0 ? C_INCR : -C_INCR;
		}
		for (int start = 0; start < 3; start++) {
			// modifiers up to three words back, dampened with distance; a word that is in
			// the lexicon itself is no modifier
			if (i > start && !this.lexicon.containsKey(lower[i - (start + 1)])) {
				double s = scalarIncDec(words[i - (start + 1)], lower[i - (start + 1)], valence, capDifferential);
				if (start == 1 && s != 0) {
					s *= 0.95;
				}
				if (start == 2 && s != 0) {
					s *= 0.9;
				}
				valence += s;
				valence = negationCheck(valence, lower, start, i);
				if (start == 2) {
					valence = specialIdiomsCheck(valence, lower, i);
				}
			}
		}
		return leastCheck(valence, lower, i);
	}

	private double leastCheck(double valence, String[] lower, int i) {
		if (i > 1 && !this.lexicon.containsKey(lower[i - 1]) && lower[i - 1].equals("least")) {
			if (!lower[i - 2].equals("at") && !lower[i - 2].equals("very")) {
				valence *= N_SCALAR;
			}
		}
		else if (i > 0 && !this.lexicon.containsKey(lower[i - 1]) && lower[i - 1].equals("least")) {
			valence *= N_SCALAR;
		}
		return valence;
	}

	private static boolean negated(String lower) {
		return NEGATE.contains(lower) || lower.contains("n't");
	}

	private static double negationCheck(double valence, String[] w, int start, int i) {
		if (start == 0) {
			if (negated(w[i - 1])) {
				valence *= N_SCALAR;
			}
		}
		if (start == 1) {
			if (w[i - 2].equals("never") && (w[i - 1].equals("so") || w[i - 1].equals("this"))) {
				valence *= 1.25;
			}
			else if (w[i - 2].equals("without") && w[i - 1].equals("doubt")) {
				// "without doubt" is no negation
			}
			else if (negated(w[i - 2])) {
				valence *= N_SCALAR;
			}
		}
		if (start == 2) {
			// the reference's precedence, kept: (never and (so or this)) or (so or this)
			if (w[i - 3].equals("never") && (w[i - 2].equals("so") || w[i - 2].equals("this"))
					|| (w[i - 1].equals("so") || w[i - 1].equals("this"))) {
				valence *= 1.25;
			}
			else if (w[i - 3].equals("without") && (w[i - 2].equals("doubt") || w[i - 1].equals("doubt"))) {
				// no negation
			}
			else if (negated(w[i - 3])) {
				valence *= N_SCALAR;
			}
		}
		return valence;
	}

	private static double specialIdiomsCheck(double valence, String[] w, int i) {
		String oneZero = w[i - 1] + " " + w[i];
		String twoOneZero = w[i - 2] + " " + w[i - 1] + " " + w[i];
		String twoOne = w[i - 2] + " " + w[i - 1];
		String threeTwoOne = w[i - 3] + " " + w[i - 2] + " " + w[i - 1];
		String threeTwo = w[i - 3] + " " + w[i - 2];
		for (String sequence : new String[] { oneZero, twoOneZero, twoOne, threeTwoOne, threeTwo }) {
			Double special = SPECIAL_CASES.get(sequence);
			if (special != null) {
				valence = special;
				break;
			}
		}
		if (w.length - 1 > i) {
			Double special = SPECIAL_CASES.get(w[i] + " " + w[i + 1]);
			if (special != null) {
				valence = special;
			}
		}
		if (w.length - 1 > i + 1) {
			Double special = SPECIAL_CASES.get(w[i] + " " + w[i + 1] + " " + w[i + 2]);
			if (special != null) {
				valence = special;
			}
		}
		for (String nGram : new String[] { threeTwoOne, threeTwo, twoOne }) {
			Double booster = BOOSTERS.get(nGram);
			if (booster != null) {
				valence += booster;
			}
		}
		return valence;
	}

	/**
	 * Halves what comes before the first "but" and adds half to what comes after. Kept as
	 * the reference does it: it finds each value's position with {@code list.index}, the
	 * first equal value, so repeated valences are weighted at the first one's place.
	 */
	private static void butCheck(String[] lower, double[] sentiments) {
		int but = Arrays.asList(lower).indexOf("but");
		if (but < 0) {
			return;
		}
		for (int j = 0; j < sentiments.length; j++) {
			double sentiment = sentiments[j];
			int at = 0;
			while (sentiments[at] != sentiment) {
				at++;
			}
			if (at < but) {
				sentiments[at] = sentiment * 0.5;
			}
			else if (at > but) {
				sentiments[at] = sentiment * 1.5;
			}
		}
	}

	private static Polarity scoreValence(double[] sentiments, String text) {
		if (sentiments.length == 0) {
			return new Polarity(0, 0, 0, 0, 0, 0, 0);
		}
		double sum = 0;
		int rated = 0;
		for (double s : sentiments) {
			sum += s;
			rated += s != 0 ? 1 : 0;
		}
		double emphasis = punctuationEmphasis(text);
		if (sum > 0) {
			sum += emphasis;
		}
		else if (sum < 0) {
			sum -= emphasis;
		}
		double compound = Math.max(-1.0, Math.min(1.0, sum / Math.sqrt(sum * sum + 15)));
		double posSum = 0;
		double negSum = 0;
		int neutral = 0;
		for (double s : sentiments) {
			if (s > 0) {
				posSum += s + 1; // compensates for neutral words that are counted as 1
			}
			if (s < 0) {
				negSum += s - 1;
			}
			if (s == 0) {
				neutral++;
			}
		}
		if (posSum > Math.abs(negSum)) {
			posSum += emphasis;
		}
		else if (posSum < Math.abs(negSum)) {
			negSum -= emphasis;
		}
		double total = posSum + Math.abs(negSum) + neutral;
		return new Polarity(Math.abs(negSum / total), Math.abs(neutral / total), Math.abs(posSum / total), compound,
				sum, sentiments.length, rated);
	}

	private static double punctuationEmphasis(String text) {
		int exclamations = 0;
		int questions = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			exclamations += c == '!' ? 1 : 0;
			questions += c == '?' ? 1 : 0;
		}
		double emphasis = Math.min(exclamations, 4) * 0.292;
		if (questions > 1) {
			emphasis += questions <= 3 ? questions * 0.18 : 0.96;
		}
		return emphasis;
	}

}

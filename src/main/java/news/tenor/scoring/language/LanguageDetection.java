package news.tenor.scoring.language;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import org.slf4j.LoggerFactory;

import news.tenor.scoring.MemoryShortage;
import news.tenor.scoring.ScoringSettings;
import news.tenor.scoring.language.Letters.Writing;

/**
 * Which sentences of a comment are in English, the only language CoreNLP's sentiment
 * model reads. The rule, measured and calibrated by {@code LanguageDetectionBenchmark}
 * (README, "English only"):
 * <ol>
 * <li>A sentence written mostly in a script other than Latin is in that script's
 * language, no statistics needed: kana is Japanese, hangul Korean, han alone Chinese,
 * Cyrillic Russian (or one of the Cyrillic candidates), Greek, Arabic, Hebrew, Thai,
 * Devanagari by their main language. A sentence with no letters at all (emoji, numbers, a
 * bare link) is {@linkplain Language#UNDETERMINED undetermined}.</li>
 * <li>A Latin-script sentence is undetermined below {@value #MIN_WORDS} words, not
 * counting the capitalised words inside it (names mostly, which are not shown to Lingua
 * either): too short to tell English from French ("Merci", "lol", "in a word,"). From
 * there Lingua (restricted to the Latin-script candidates) decides; a verdict other than
 * English counts only when English trails the winner by at least {@value #MIN_MARGIN} in
 * Lingua's relative confidence ({@value #LONG_MARGIN} from {@value #LONG_WORDS} words
 * on), otherwise the sentence is undetermined.</li>
 * <li>In a comment ({@link #sentences}), an undetermined Latin-script sentence takes the
 * main language of the comment's other Latin-script sentences, one without letters the
 * comment's main language (the one most of its determined letters are in); English when
 * none is determined. A han-only sentence in a comment that has Japanese is
 * Japanese.</li>
 * </ol>
 * Lingua runs in its high-accuracy mode (n-grams of one to five letters): its
 * low-accuracy mode (trigrams only) needs 7 instead of about 190 MB, but took far more
 * English sentences for another language. Its models are loaded once per JVM, on first
 * use, and shared by every thread (the detector only reads them): like
 * {@code SentimentPipeline}, nothing here is serialised into Spark tasks.
 */
public final class LanguageDetection {

	/**
	 * The languages a Japanese or international news site's commenters write besides
	 * English. Only the Latin-script ones need Lingua's models; fewer candidates mean
	 * fewer chances to take an English sentence for something else, less memory and
	 * faster detection.
	 */
	public static final List<String> DEFAULT_CANDIDATES = List.of("en", "ja", "zh", "ko", "fr", "de", "es", "it", "pt",
			"nl", "ru");

	/** Latin-script sentences shorter than this are undetermined. */
	static final int MIN_WORDS = 4;

	/**
	 * How far English must trail another language in Lingua's relative confidence for a
	 * sentence of {@value #MIN_WORDS} or more words not to be English.
	 */
	static final double MIN_MARGIN = 0.2;

	/** From this many words on, {@link #LONG_MARGIN} is enough. */
	static final int LONG_WORDS = 6;

	/**
	 * The margin for longer sentences: Lingua's relative confidence is a ratio of
	 * log-probabilities, so it does not grow with length, while the evidence does.
	 */
	static final double LONG_MARGIN = 0.1;

	private static final Map<Set<String>, LanguageDetection> PER_JVM = new ConcurrentHashMap<>();

	private final LanguageDetector latin;

	private final LanguageDetector cyrillic;

	private final Set<String> candidates;

	private final long loadMillis;

	LanguageDetection(Collection<String> codes, boolean lowAccuracy) {
		long start = System.nanoTime();
		this.candidates = new TreeSet<>();
		for (String code : codes) {
			this.candidates.add(code.toLowerCase(Locale.ROOT));
		}
		this.candidates.add(Language.ENGLISH.code());
		Set<String> known = new TreeSet<>();
		com.github.pemistahl.lingua.api.Language.all().forEach((language) -> known.add(code(language)));
		if (!known.containsAll(this.candidates)) {
			Set<String> unknown = new TreeSet<>(this.candidates);
			unknown.removeAll(known);
			throw new IllegalArgumentException("no language detection for " + unknown + ": the candidates are "
					+ "ISO 639-1 codes of Lingua's languages, " + known);
		}
		try {
			this.latin = detector(this.candidates, com.github.pemistahl.lingua.api.Language.allWithLatinScript(),
					lowAccuracy);
			this.cyrillic = detector(this.candidates, com.github.pemistahl.lingua.api.Language.allWithCyrillicScript(),
					lowAccuracy);
		}
		catch (Error | Exception ex) {
			// Lingua loads its models on a pool and rethrows the pool's failure, an
			// OutOfMemoryError inside an ExecutionException: a reason instead, with no
			// cause, since Spark ends the JVM (exit 52) for an error anywhere in the
			// chain
			if (MemoryShortage.causedByOutOfMemory(ex)) {
				throw MemoryShortage.notEnough("for the language detector's models",
						ScoringSettings.CALIBRATED_HEAP_ADVICE);
			}
			throw ex;
		}
		this.loadMillis = (System.nanoTime() - start) / 1_000_000;
		LoggerFactory.getLogger(LanguageDetection.class)
			.info("Language detection for {} loaded in {} ms", this.candidates, this.loadMillis);
	}

	/**
	 * A Lingua detector among the candidates of one script, or null when fewer than two.
	 */
	private static LanguageDetector detector(Set<String> codes, List<com.github.pemistahl.lingua.api.Language> script,
			boolean lowAccuracy) {
		List<com.github.pemistahl.lingua.api.Language> chosen = new ArrayList<>();
		for (com.github.pemistahl.lingua.api.Language language : script) {
			if (codes.contains(language.getIsoCode639_1().name().toLowerCase(Locale.ROOT))) {
				chosen.add(language);
			}
		}
		if (chosen.size() < 2) {
			return null;
		}
		LanguageDetectorBuilder builder = LanguageDetectorBuilder
			.fromLanguages(chosen.toArray(com.github.pemistahl.lingua.api.Language[]::new))
			.withPreloadedLanguageModels();
		return (lowAccuracy ? builder.withLowAccuracyMode() : builder).build();
	}

	/** This JVM's detection among {@link #DEFAULT_CANDIDATES}, built on first use. */
	public static LanguageDetection get() {
		return get(DEFAULT_CANDIDATES);
	}

	/**
	 * This JVM's detection among other candidates (ISO 639-1 codes of Lingua's 75
	 * languages; English is always one), built on first use: a wider set costs memory and
	 * load time for each Latin or Cyrillic language added, and adds chances of a false
	 * alarm.
	 */
	public static LanguageDetection get(Collection<String> candidates) {
		Set<String> key = new TreeSet<>();
		candidates.forEach((code) -> key.add(code.toLowerCase(Locale.ROOT)));
		return PER_JVM.computeIfAbsent(Set.copyOf(key), (codes) -> new LanguageDetection(codes, false));
	}

	/** The candidate languages, ISO 639-1 codes. */
	public Set<String> candidates() {
		return Set.copyOf(this.candidates);
	}

	/** How long this JVM took to load the models, in milliseconds. */
	public long loadMillis() {
		return this.loadMillis;
	}

	/**
	 * The language of one sentence on its own: {@link Language#UNDETERMINED} when it is
	 * too short to tell or has no letters.
	 */
	public Language of(String sentence) {
		return decide(evidence(sentence, false));
	}

	/**
	 * The language of each sentence of one comment, in order. An undetermined sentence
	 * takes the comment's main language among those its writing allows: a short
	 * Latin-script sentence ("Agreed.") the main language of the comment's Latin-script
	 * sentences, a sentence without letters (emoji, a link) the comment's main language;
	 * English when no sentence says.
	 */
	public List<Language> sentences(List<String> sentences) {
		List<Verdict> verdicts = new ArrayList<>(sentences.size());
		for (String sentence : sentences) {
			verdicts.add(verdict(sentence));
		}
		return resolve(verdicts);
	}

	/**
	 * What detection says of one sentence on its own, as Tenor caches it: its language
	 * (undetermined when too short to tell) and what the comment-level rule needs to
	 * resolve the undetermined ones without detecting again.
	 *
	 * @param letters its letters (a CJK character counts as two)
	 * @param latin whether it is written mostly in Latin script
	 */
	public record Verdict(Language language, int letters, boolean latin) implements java.io.Serializable {
	}

	/** The verdict on one sentence, on its own. */
	public Verdict verdict(String sentence) {
		Evidence evidence = evidence(sentence, false);
		return new Verdict(decide(evidence), evidence.letters(), evidence.writing() == Writing.LATIN);
	}

	/**
	 * The language of each sentence of one comment from their verdicts, by the rule of
	 * {@link #sentences}: no detection, so a comment's sentences scored earlier (their
	 * verdicts cached) cost nothing here.
	 */
	public static List<Language> resolve(List<Verdict> verdicts) {
		Map<Language, Integer> letters = new HashMap<>();
		Map<Language, Integer> latinLetters = new HashMap<>();
		for (Verdict verdict : verdicts) {
			if (verdict.language().isDetermined()) {
				letters.merge(verdict.language(), verdict.letters(), Integer::sum);
				if (verdict.latin()) {
					latinLetters.merge(verdict.language(), verdict.letters(), Integer::sum);
				}
			}
		}
		Language main = main(letters);
		Language mainLatin = main(latinLetters);
		Language japanese = Language.of("ja");
		boolean hasJapanese = letters.containsKey(japanese);
		List<Language> languages = new ArrayList<>(verdicts.size());
		for (Verdict verdict : verdicts) {
			Language language = verdict.language();
			if (!language.isDetermined()) {
				language = verdict.latin() ? mainLatin : main;
			}
			else if (hasJapanese && language.code().equals("zh")) {
				// Japanese sentences can be all kanji ("防衛費増額反対"); Chinese ones have no
				// kana
				language = japanese;
			}
			languages.add(language);
		}
		return languages;
	}

	/** The language most letters are in, English on a tie or when there are none. */
	private static Language main(Map<Language, Integer> letters) {
		Language main = Language.ENGLISH;
		int most = letters.getOrDefault(Language.ENGLISH, 0);
		for (Map.Entry<Language, Integer> entry : letters.entrySet()) {
			if (entry.getValue() > most) {
				main = entry.getKey();
				most = entry.getValue();
			}
		}
		return main;
	}

	/**
	 * The languages of a comment's sentences as the workbook names them: "Japanese", or
	 * "Japanese, English" for a mixed comment (most sentences first).
	 */
	public static String names(List<Language> sentences) {
		Map<Language, Integer> counts = new LinkedHashMap<>();
		sentences.forEach((language) -> counts.merge(language, 1, Integer::sum));
		Set<String> names = new LinkedHashSet<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<Language, Integer>comparingByValue().reversed())
			.forEach((entry) -> names.add(entry.getKey().name()));
		return String.join(", ", names);
	}

	/**
	 * What a sentence shows of its language before the thresholds are applied.
	 *
	 * @param writing the writing most of its letters are in, null when it has none
	 * @param letters its letters, weighted by writing (see {@link Letters})
	 * @param words its Latin-script words, names left out (see
	 * {@link Letters#withoutNames})
	 * @param best the language its writing or Lingua says, null when neither says
	 * @param margin for Latin script: how far English trails {@code best} in Lingua's
	 * relative confidence (1 when Lingua rules English out, 0 when {@code best} is
	 * English)
	 */
	record Evidence(Writing writing, int letters, int words, Language best, double margin) {
	}

	/**
	 * The evidence of one sentence.
	 * @param detectShort ask Lingua about Latin-script sentences too short to decide (for
	 * calibrating the thresholds)
	 */
	Evidence evidence(String sentence, boolean detectShort) {
		String text = Letters.withoutLinks(sentence);
		Letters letters = Letters.of(text);
		Writing writing = letters.dominant();
		if (writing == null) {
			return new Evidence(null, 0, 0, null, 0);
		}
		int weight = letters.weight();
		int words = letters.latinWords();
		return switch (writing) {
			case LATIN -> latin(text, weight, words, detectShort);
			case CYRILLIC -> new Evidence(writing, weight, words, cyrillic(text), 1);
			case OTHER -> new Evidence(writing, weight, words, new Language("mis", "Other"), 1);
			default -> new Evidence(writing, weight, words, Language.of(writing.language), 1);
		};
	}

	/** The rule's verdict on the evidence. */
	static Language decide(Evidence evidence) {
		return decide(evidence, MIN_WORDS,
				evidence.words() >= LONG_WORDS ? Math.min(LONG_MARGIN, MIN_MARGIN) : MIN_MARGIN);
	}

	/** The verdict with other thresholds, for calibrating them. */
	static Language decide(Evidence evidence, int minWords, double minMargin) {
		if (evidence.writing() == null || evidence.best() == null) {
			return Language.UNDETERMINED;
		}
		if (evidence.writing() != Writing.LATIN) {
			return evidence.best();
		}
		if (evidence.words() < minWords) {
			return Language.UNDETERMINED;
		}
		if (evidence.best().isEnglish()) {
			return Language.ENGLISH;
		}
		return evidence.margin() >= minMargin ? evidence.best() : Language.UNDETERMINED;
	}

	private Evidence latin(String text, int weight, int allWords, boolean detectShort) {
		if (this.latin == null) {
			return new Evidence(Writing.LATIN, weight, allWords, Language.ENGLISH, 0);
		}
		String withoutNames = Letters.withoutNames(text);
		int words = Letters.of(withoutNames).latinWords();
		if (words < MIN_WORDS && !detectShort) {
			return new Evidence(Writing.LATIN, weight, words, null, 0);
		}
		if (plainlyEnglish(withoutNames, words)) {
			// most comments: no need to ask Lingua, which costs more than the rest of the
			// rule
			return new Evidence(Writing.LATIN, weight, words, Language.ENGLISH, 1);
		}
		SortedMap<com.github.pemistahl.lingua.api.Language, Double> confidence = this.latin
			.computeLanguageConfidenceValues(withoutNames);
		if (confidence.isEmpty()) {
			return new Evidence(Writing.LATIN, weight, words, null, 0);
		}
		com.github.pemistahl.lingua.api.Language best = confidence.firstKey();
		double english = confidence.getOrDefault(com.github.pemistahl.lingua.api.Language.ENGLISH, 0.0);
		return new Evidence(Writing.LATIN, weight, words, of(best), confidence.get(best) - english);
	}

	/**
	 * English words that no other candidate language writes as a word of its own ("of" is
	 * Dutch, "was" and "will" German, "he" Spanish, "but" French, "a" and "no" several):
	 * a sentence in which they are at least a fifth of the words, two of them different,
	 * is English whatever else it holds.
	 */
	private static final Set<String> ENGLISH_ONLY = Set.of("the", "and", "that", "this", "with", "you", "your", "they",
			"their", "them", "what", "which", "there", "about", "would", "could", "should", "been", "have", "from",
			"she", "his", "him", "my", "our", "not", "very", "really", "because", "than", "then", "these", "those",
			"who", "when", "where", "how", "why", "if", "for", "are", "it's", "don't", "i'm", "can't", "isn't",
			"doesn't", "didn't", "won't", "i've", "you're", "they're", "we're", "that's", "it");

	static boolean plainlyEnglish(String text, int words) {
		if (words < MIN_WORDS) {
			return false;
		}
		Set<String> distinct = new java.util.HashSet<>();
		int hits = 0;
		for (String word : text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}']+")) {
			if (ENGLISH_ONLY.contains(word)) {
				hits++;
				distinct.add(word);
			}
		}
		return distinct.size() >= 2 && hits * 5 >= words;
	}

	private Language cyrillic(String text) {
		if (this.cyrillic == null) {
			for (com.github.pemistahl.lingua.api.Language language : com.github.pemistahl.lingua.api.Language
				.allWithCyrillicScript()) {
				if (this.candidates.contains(code(language))) {
					return of(language);
				}
			}
			return Language.of(Writing.CYRILLIC.language);
		}
		SortedMap<com.github.pemistahl.lingua.api.Language, Double> confidence = this.cyrillic
			.computeLanguageConfidenceValues(text);
		return confidence.isEmpty() ? Language.of(Writing.CYRILLIC.language) : of(confidence.firstKey());
	}

	private static Language of(com.github.pemistahl.lingua.api.Language language) {
		return Language.of(code(language));
	}

	private static String code(com.github.pemistahl.lingua.api.Language language) {
		IsoCode639_1 code = language.getIsoCode639_1();
		return code.name().toLowerCase(Locale.ROOT);
	}

}

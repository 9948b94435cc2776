package news.tenor.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.slf4j.LoggerFactory;

import news.tenor.scoring.MemoryShortage;
import news.tenor.scoring.ScoringSettings;
import news.tenor.scoring.SentimentPipeline;

/**
 * CoreNLP's named-entity recogniser in this JVM, configured for speed: one CRF model (the
 * 3-class {@code english.all.3class.distsim}: people, organisations, locations), none of
 * the numeric classifiers, SUTime, the fine-grained rules or entity-mention building the
 * {@code ner} annotator runs by default (src/test/resources/mentions/NOTES.md measures
 * what each costs). Like {@link SentimentPipeline}, it is built once per JVM on first use
 * and shared by every partition and thread; nothing of it is serialised.
 *
 * <p>
 * Two ways in, with the same tokens and so the same mentions:
 * {@link #recognise(Annotation)} on a sentence the sentiment pipeline has just tokenised
 * and parsed (the same pass, through
 * {@link SentimentPipeline#analyse(String, int, java.util.function.Function)}), and
 * {@link #recognise(String)} on a sentence that is not parsed: one whose analysis is
 * cached already, or an article's title or body. The CRF does not read part-of-speech
 * tags, so the two agree token for token (the tests check it).
 */
public final class EntityRecogniser {

	/** The CRF model, in CoreNLP's {@code models} jar. */
	public static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

	private static volatile EntityRecogniser shared;

	private static final AtomicLong RECOGNISED = new AtomicLong();

	private static final AtomicLong SKIPPED = new AtomicLong();

	private final StanfordCoreNLP tokenizer;

	private final StanfordCoreNLP recogniser;

	private final long loadMillis;

	private EntityRecogniser() {
		long start = System.nanoTime();
		try {
			this.tokenizer = new StanfordCoreNLP(SentimentPipeline.tokenizerProperties());
			this.recogniser = new StanfordCoreNLP(properties(), false);
		}
		catch (OutOfMemoryError ex) {
			// as SentimentPipeline: a reason instead of an error that makes Spark exit
			// the JVM
			throw MemoryShortage.notEnough("for CoreNLP's named-entity model", ScoringSettings.CALIBRATED_HEAP_ADVICE);
		}
		this.loadMillis = (System.nanoTime() - start) / 1_000_000;
		LoggerFactory.getLogger(EntityRecogniser.class).info("CoreNLP NER {} loaded in {} ms", MODEL, this.loadMillis);
	}

	/**
	 * The {@code ner} annotator's settings: the one model, and everything else off.
	 * {@code maxAdditionalKnownLCWords=0} keeps the CRF from learning lower-case words
	 * from the text it tags, which would make a sentence's tags depend on the sentences
	 * tagged before it in the JVM (CoreNLP issue 669) and so on the order of a run: a
	 * cached tag must not.
	 */
	static Properties properties() {
		Properties properties = new Properties();
		properties.setProperty("annotators", "ner");
		properties.setProperty("ner.model", MODEL);
		properties.setProperty("ner.applyNumericClassifiers", "false");
		properties.setProperty("ner.useSUTime", "false");
		properties.setProperty("ner.applyFineGrained", "false");
		properties.setProperty("ner.buildEntityMentions", "false");
		properties.setProperty("maxAdditionalKnownLCWords", "0");
		return properties;
	}

	/** This JVM's recogniser, built on first use (concurrent callers wait for it). */
	public static EntityRecogniser get() {
		EntityRecogniser recogniser = shared;
		if (recogniser == null) {
			synchronized (EntityRecogniser.class) {
				recogniser = shared;
				if (recogniser == null) {
					recogniser = new EntityRecogniser();
					shared = recogniser;
				}
			}
		}
		return recogniser;
	}

	/** Whether this JVM has loaded the model already. */
	public static boolean isLoaded() {
		return shared != null;
	}

	/**
	 * The cache key of what this recogniser finds, beside the sentence:
	 * {@code corenlp-4.5.10/ner-3class}. The format of the cached text
	 * ({@link SentenceMentions#FORMAT}) is part of each cached value.
	 */
	public static String modelKey() {
		return "corenlp-" + ScoringSettings.CORENLP_VERSION + "/ner-3class";
	}

	/**
	 * How many sentences this JVM has run the recogniser on since it started: what the
	 * cache saves is read here.
	 */
	public static long recognisedInThisJvm() {
		return RECOGNISED.get();
	}

	public long loadMillis() {
		return this.loadMillis;
	}

	/**
	 * The mentions of a sentence CoreNLP has tokenised (and perhaps parsed): the tagger
	 * to hand
	 * {@link SentimentPipeline#analyse(String, int, java.util.function.Function)}.
	 * @param document one sentence, as the sentiment pipeline's tokenizer made it
	 */
	public SentenceMentions recognise(Annotation document) {
		RECOGNISED.incrementAndGet();
		List<CoreLabel> tokens = new ArrayList<>();
		for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
			tokens.addAll(sentence.get(CoreAnnotations.TokensAnnotation.class));
		}
		List<String> words = new ArrayList<>(tokens.size());
		List<String> tags = new ArrayList<>(tokens.size());
		boolean tag = mayName(tokens);
		if (tag) {
			this.recogniser.annotate(document);
		}
		else {
			SKIPPED.incrementAndGet();
		}
		for (CoreLabel token : tokens) {
			words.add(token.word());
			tags.add(tag ? token.ner() : "O");
		}
		return SentenceMentions.of(words, tags);
	}

	/**
	 * Whether the CRF could find a name in these tokens, or the sentence is plainly
	 * without one and skipping the model saves its time (about 40% of sentences in edited
	 * text). A sentence written in mixed case names no one when no token but {@code I}
	 * has a capital letter, except the first token when it is a common sentence opening
	 * ({@link #OPENINGS}: "The", "But", "This"...). A sentence in lower case throughout
	 * is always tagged: its writer does not capitalise names, and the CRF still finds
	 * some ("nokia", "amazon.com"). Measured against the CRF on every sentence (README,
	 * the mentions' cost): on SST dev and test (3,311 sentences, 1,381 mentions) and the
	 * sample archive, the shortcut skips 40% of sentences and loses no mention.
	 */
	static boolean mayName(List<CoreLabel> tokens) {
		boolean capitals = false;
		for (int i = 0; i < tokens.size(); i++) {
			String word = tokens.get(i).word();
			if (!hasCapital(word)) {
				continue;
			}
			capitals = true;
			if (word.equals("I")) {
				continue;
			}
			if (i > 0 || !OPENINGS.contains(word.toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return !capitals;
	}

	private static boolean hasCapital(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (Character.isUpperCase(word.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Common first words of an English sentence that are never a name by themselves:
	 * function words, pronouns, auxiliaries and frequent adverbs; not "May" or "Will",
	 * which open sentences about Theresa May or Will Smith.
	 */
	static final Set<String> OPENINGS = Set.of(("the a an this that these those it its you he she we they my your "
			+ "his her our their me him us them and but or so if when while as because although though since yet nor "
			+ "then there here what which who whom whose why how where is are was were be been being do does did have "
			+ "has had would can could should might must shall not no never all any some every each both "
			+ "either neither one two many much more most few less least other such only just also even still very "
			+ "really too quite rather well now today yesterday tomorrow again once first last next after before until "
			+ "in on at by for from with without about into onto over under of to up down out off through against "
			+ "between among let please yes ok okay oh wow great good bad thanks thank maybe perhaps sure actually "
			+ "basically honestly nothing something everything anything nobody someone everyone anyone lol hey hi dear "
			+ "like")
		.split(" "));

	/**
	 * Sentences handed to this JVM's recogniser that the CRF did not need to read
	 * ({@link #mayName}).
	 */
	public static long skippedInThisJvm() {
		return SKIPPED.get();
	}

	/**
	 * The mentions of a sentence without parsing it: tokenised exactly as the sentiment
	 * pipeline tokenises it, then tagged.
	 * @param sentence one sentence, as {@code SentenceSplitter} cut it
	 */
	public SentenceMentions recognise(String sentence) {
		Annotation document = new Annotation(sentence);
		this.tokenizer.annotate(document);
		if (document.get(CoreAnnotations.SentencesAnnotation.class).isEmpty()) {
			return new SentenceMentions(0, List.of());
		}
		return recognise(document);
	}

}

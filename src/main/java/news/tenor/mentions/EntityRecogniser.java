package news.tenor.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.slf4j.LoggerFactory;

import news.tenor.scoring.ScoringSettings;
import news.tenor.scoring.SentimentPipeline;

/**
 * CoreNLP's named-entity recogniser in this JVM, configured for speed: one CRF model (the
 * 3-class {@code english.all.3class.distsim}: people, organisations, locations), none of
 * the numeric classifiers, SUTime, the fine-grained rules or entity-mention building the
 * {@code ner} annotator runs by default (NOTES-mentions.md measures what each costs).
 * Like {@link SentimentPipeline}, it is built once per JVM on first use and shared by
 * every partition and thread; nothing of it is serialised.
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
			throw new IllegalStateException(
					"not enough memory to load CoreNLP's named-entity model: this JVM may use at most "
							+ Runtime.getRuntime().maxMemory() / (1024 * 1024)
							+ " MB of heap; the model needs about 120 MB more");
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
		this.recogniser.annotate(document);
		List<String> words = new ArrayList<>();
		List<String> tags = new ArrayList<>();
		for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
			for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
				words.add(token.word());
				tags.add(token.ner());
			}
		}
		return SentenceMentions.of(words, tags);
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

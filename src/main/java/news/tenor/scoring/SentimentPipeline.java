package news.tenor.scoring;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import org.ejml.simple.SimpleMatrix;
import org.slf4j.LoggerFactory;

/**
 * The CoreNLP sentiment pipeline of this JVM: CoreNLP's own
 * {@code tokenize,ssplit,pos,parse,sentiment} annotators, configured as its command line
 * configures them, fed one sentence at a time. Loading the models takes seconds and the
 * pipeline is not serialisable, so each JVM (the driver in local mode, each executor on a
 * cluster) builds one per parser on first use and every partition and thread reuses it:
 * CoreNLP's annotators are safe to share between threads (its server does the same).
 *
 * <p>
 * Two departures from the command line, neither of which changes a label (the parity test
 * in {@code src/test/resources/scoring} checks that):
 * <ul>
 * <li>the parser does not build dependency graphs ({@code parse.buildgraphs=false}): the
 * sentiment model reads only the binarised constituency tree, and the conversion to
 * enhanced dependencies took 60% of the parser's time;</li>
 * <li>the sentence is tokenised first and its length checked before the parser sees it,
 * so a sentence over the limit is never parsed (the parser's time and memory grow with
 * length; CoreNLP's own {@code parse.maxlen} would instead hand the sentiment model a
 * flat placeholder tree and score that).</li>
 * </ul>
 */
public final class SentimentPipeline {

	private static final Map<ParserChoice, SentimentPipeline> PER_JVM = new ConcurrentHashMap<>();

	private static final AtomicLong PARSES = new AtomicLong();

	private final StanfordCoreNLP tokenizer;

	private final StanfordCoreNLP analysis;

	private final long loadMillis;

	private SentimentPipeline(ParserChoice parser) {
		long start = System.nanoTime();
		// a JVM that cannot hold the models would spend minutes collecting garbage before
		// its threads die one by one: say so at once (10% below the measured minimum)
		if (Runtime.getRuntime().maxMemory() < parser.minimumHeapMb() * 0.9 * 1024 * 1024) {
			throw notEnoughMemory(parser);
		}
		try {
			this.tokenizer = new StanfordCoreNLP(tokenizerProperties());
			this.analysis = new StanfordCoreNLP(analysisProperties(parser), false);
		}
		catch (OutOfMemoryError ex) {
			// the half-loaded models are garbage once this throws, so the JVM recovers;
			// an ordinary exception fails the task (and the run, restartably) with a
			// reason, where the error itself would make Spark exit the JVM (code 52)
			throw notEnoughMemory(parser);
		}
		this.loadMillis = (System.nanoTime() - start) / 1_000_000;
		LoggerFactory.getLogger(SentimentPipeline.class)
			.info("CoreNLP pipeline {} loaded in {} ms", parser.model(), this.loadMillis);
	}

	private static IllegalStateException notEnoughMemory(ParserChoice parser) {
		return MemoryShortage.notEnough("to load CoreNLP's models for the " + parser.label(),
				MemoryShortage.atLeast(parser.minimumHeapMb()) + " ("
						+ MemoryShortage.megabytes(parser.calibratedHeapMb()) + " with the calibrated scorer)");
	}

	/**
	 * CoreNLP's tokenizer, with the sentence given as one sentence: whoever tokenises a
	 * cached sentence again (a tagger that runs without the parser) gets the tokens the
	 * analysis has.
	 */
	public static Properties tokenizerProperties() {
		Properties properties = new Properties();
		properties.setProperty("annotators", "tokenize,ssplit");
		properties.setProperty("ssplit.isOneSentence", "true");
		return properties;
	}

	/** The rest of CoreNLP's sentiment pipeline, run on the tokenised sentence. */
	static Properties analysisProperties(ParserChoice parser) {
		Properties properties = new Properties();
		properties.setProperty("annotators", "pos,parse,sentiment");
		properties.setProperty("parse.model", parser.model());
		properties.setProperty("parse.buildgraphs", "false");
		return properties;
	}

	/**
	 * This JVM's pipeline for the parser, built on first use (concurrent callers wait for
	 * it).
	 */
	public static SentimentPipeline get(ParserChoice parser) {
		return PER_JVM.computeIfAbsent(parser, SentimentPipeline::new);
	}

	/** Whether this JVM has built the pipeline for the parser already. */
	public static boolean isLoaded(ParserChoice parser) {
		return PER_JVM.containsKey(parser);
	}

	/**
	 * How many sentences this JVM has handed to a parser since it started: what caching
	 * saves is read here.
	 */
	public static long parsesInThisJvm() {
		return PARSES.get();
	}

	/** How long this JVM took to load the models, in milliseconds. */
	public long loadMillis() {
		return this.loadMillis;
	}

	/**
	 * Scores one sentence, or says why not.
	 * @param sentence one sentence, as {@link SentenceSplitter} cut it
	 * @param maxTokens the longest sentence that is parsed; a longer one comes back
	 * {@link SentenceScore.Status#TOO_LONG} without being parsed
	 */
	public SentenceScore score(String sentence, int maxTokens) {
		return analyse(sentence, maxTokens, false).score();
	}

	/**
	 * A sentence's score and CoreNLP's whole sentiment analysis of it, from one parse.
	 *
	 * @param analysis the tree with the class distribution at every node, the tokens and
	 * their tags; {@code null} when the sentence was not scored
	 */
	public record Analysed(SentenceScore score, SentenceAnalysis analysis) {
	}

	/**
	 * Scores one sentence as {@link #score(String, int)} does and also returns the
	 * analysis behind the score, for the cache of a calibration that reads phrases.
	 */
	public Analysed analyse(String sentence, int maxTokens) {
		return analyse(sentence, maxTokens, true);
	}

	/**
	 * A sentence's analysis and what a tagger made of the same tokens.
	 *
	 * @param tags the tagger's result, or {@code null} when the sentence had no tokens or
	 * the tagger failed (the analysis stands either way)
	 */
	public record Tagged<T>(Analysed analysed, T tags) {
	}

	/**
	 * Scores and analyses one sentence as {@link #analyse(String, int)} does and hands
	 * the same tokenised sentence to a tagger (a named-entity recogniser), so that its
	 * token spans are the analysis's leaves. The tagger sees the sentence after the parse
	 * (its tokens then carry CoreNLP's part-of-speech tags), or after tokenising alone
	 * when the sentence is too long or the parser failed; what it adds to the tokens is
	 * never read by the sentiment model. A tagger that throws leaves the score and the
	 * analysis as they are, with {@code null} tags.
	 * @param tagger reads the one-sentence document (tokens under
	 * {@code SentencesAnnotation} and {@code TokensAnnotation}); called once
	 */
	public <T> Tagged<T> analyse(String sentence, int maxTokens, Function<Annotation, T> tagger) {
		Annotation[] document = new Annotation[1];
		Analysed analysed = analyse(sentence, maxTokens, true, document);
		T tags = null;
		if (document[0] != null) {
			try {
				tags = tagger.apply(document[0]);
			}
			catch (RuntimeException ex) {
				LoggerFactory.getLogger(SentimentPipeline.class)
					.warn("tagging failed on a sentence of {} characters: {}", sentence.length(), ex.toString());
			}
		}
		return new Tagged<>(analysed, tags);
	}

	private Analysed analyse(String sentence, int maxTokens, boolean withTree) {
		return analyse(sentence, maxTokens, withTree, null);
	}

	/**
	 * @param tokenised when not null, receives the document once it has tokens (for a
	 * tagger of the same tokens)
	 */
	private Analysed analyse(String sentence, int maxTokens, boolean withTree, Annotation[] tokenised) {
		Tree tree;
		List<CoreLabel> tokens;
		SentenceScore score;
		try {
			Annotation document = new Annotation(sentence);
			this.tokenizer.annotate(document);
			List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
			if (sentences == null || sentences.isEmpty()) {
				return unscored(SentenceScore.unscored(SentenceScore.Status.FAILED, "no tokens"));
			}
			if (tokenised != null) {
				tokenised[0] = document;
			}
			tokens = sentences.get(0).get(CoreAnnotations.TokensAnnotation.class);
			if (tokens.size() > maxTokens) {
				return unscored(SentenceScore.tooLong(tokens.size(), maxTokens));
			}
			PARSES.incrementAndGet();
			this.analysis.annotate(document);
			CoreMap annotated = sentences.get(0);
			Tree parse = annotated.get(TreeCoreAnnotations.TreeAnnotation.class);
			if (isParserFallback(parse)) {
				return unscored(
						SentenceScore.unscored(SentenceScore.Status.FAILED, "the parser gave up on this sentence"));
			}
			tree = annotated.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
			SimpleMatrix predictions = RNNCoreAnnotations.getPredictions(tree);
			double[] probabilities = new double[predictions.getNumElements()];
			for (int k = 0; k < probabilities.length; k++) {
				probabilities[k] = predictions.get(k);
			}
			score = SentenceScore.scored(RNNCoreAnnotations.getPredictedClass(tree), probabilities);
		}
		catch (RuntimeException ex) {
			return unscored(SentenceScore.unscored(SentenceScore.Status.FAILED,
					ex.getClass().getSimpleName() + ": " + ex.getMessage()));
		}
		// outside the try: a tree the analysis cannot hold is a bug to see, not a failed
		// sentence
		return new Analysed(score, withTree ? SentenceAnalysis.of(tree, tokens) : null);
	}

	private static Analysed unscored(SentenceScore score) {
		return new Analysed(score, null);
	}

	/**
	 * Whether the tree is the stand-in CoreNLP's parser annotator puts in when the parser
	 * fails or runs out of time or memory ({@code ParserUtils.xTree}: every word under an
	 * {@code X}). The sentiment model would score that flat tree as noise.
	 */
	static boolean isParserFallback(Tree parse) {
		return parse == null || "X".equals(parse.value());
	}

}

package news.tenor.scoring;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import edu.stanford.nlp.ling.CoreAnnotations;
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
 * The CoreNLP sentiment pipeline of this JVM. Loading the models takes seconds and the
 * pipeline is not serialisable, so each JVM (the driver in local mode, each executor on a
 * cluster) builds one per setting on first use and every partition and thread reuses it:
 * CoreNLP's annotators are safe to share between threads.
 */
public final class SentimentPipeline {

	private static final Map<ScoringSettings, SentimentPipeline> PER_JVM = new ConcurrentHashMap<>();

	private final StanfordCoreNLP pipeline;

	private final long loadMillis;

	private SentimentPipeline(ScoringSettings settings) {
		long start = System.nanoTime();
		this.pipeline = new StanfordCoreNLP(settings.pipelineProperties());
		this.loadMillis = (System.nanoTime() - start) / 1_000_000;
		LoggerFactory.getLogger(SentimentPipeline.class)
			.info("CoreNLP pipeline {} loaded in {} ms", settings.modelKey(), this.loadMillis);
	}

	/**
	 * This JVM's pipeline for the settings, built on first use (concurrent callers wait
	 * for it).
	 */
	public static SentimentPipeline get(ScoringSettings settings) {
		return PER_JVM.computeIfAbsent(settings, SentimentPipeline::new);
	}

	/** How long this JVM took to load the models, in milliseconds. */
	public long loadMillis() {
		return this.loadMillis;
	}

	/** Scores one sentence (the caller has already kept it within the parser's limit). */
	public SentenceScore score(String sentence) {
		try {
			Annotation document = new Annotation(sentence);
			this.pipeline.annotate(document);
			List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
			if (sentences == null || sentences.isEmpty()) {
				return SentenceScore.unscored(SentenceScore.Status.FAILED, "no tokens");
			}
			CoreMap annotated = sentences.get(0);
			Tree parse = annotated.get(TreeCoreAnnotations.TreeAnnotation.class);
			if (parse == null || "X".equals(parse.value())) {
				// ParserAnnotator's stand-in when it gives up: a flat tree the model
				// would score as noise.
				return SentenceScore.unscored(SentenceScore.Status.FAILED, "the parser gave up on this sentence");
			}
			Tree tree = annotated.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
			SimpleMatrix predictions = RNNCoreAnnotations.getPredictions(tree);
			double[] probabilities = new double[predictions.getNumElements()];
			for (int k = 0; k < probabilities.length; k++) {
				probabilities[k] = predictions.get(k);
			}
			return SentenceScore.scored(RNNCoreAnnotations.getPredictedClass(tree), probabilities);
		}
		catch (RuntimeException ex) {
			return SentenceScore.unscored(SentenceScore.Status.FAILED,
					ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

}

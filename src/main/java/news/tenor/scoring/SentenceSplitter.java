package news.tenor.scoring;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

/**
 * Splits a commenter's own words into sentences with CoreNLP's own tokenizer and sentence
 * splitter, the same ones the scoring pipeline and CoreNLP's command line use, so that
 * each sentence can be cached and scored on its own. Cheap (no models): runs where
 * comments are read.
 */
public final class SentenceSplitter {

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	/** A sentence as it is cached and scored: NFC text with whitespace runs collapsed. */
	public record SplitSentence(String text, int tokens) {
	}

	private final StanfordCoreNLP pipeline;

	public SentenceSplitter() {
		Properties properties = new Properties();
		properties.setProperty("annotators", "tokenize,ssplit");
		this.pipeline = new StanfordCoreNLP(properties);
	}

	public List<SplitSentence> split(String text) {
		List<SplitSentence> sentences = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return sentences;
		}
		Annotation document = new Annotation(text);
		this.pipeline.annotate(document);
		for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
			List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
			if (tokens.isEmpty()) {
				continue;
			}
			int begin = tokens.get(0).beginPosition();
			int end = tokens.get(tokens.size() - 1).endPosition();
			sentences.add(new SplitSentence(normalize(text.substring(begin, end)), tokens.size()));
		}
		return sentences;
	}

	/** The cache key's normalisation: Unicode NFC and whitespace runs as one space. */
	public static String normalize(String sentence) {
		return WHITESPACE.matcher(Normalizer.normalize(sentence, Normalizer.Form.NFC)).replaceAll(" ").strip();
	}

}

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
 *
 * <p>
 * One setting differs from CoreNLP's default: a blank line (a new paragraph) ends a
 * sentence ({@code ssplit.newlineIsSentenceBreak=two}; CoreNLP's default, {@code never},
 * would run a paragraph without final punctuation into the next one). A single line break
 * inside a paragraph does not.
 */
public final class SentenceSplitter {

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	/** A sentence as it is cached and scored: NFC text with whitespace runs collapsed. */
	public record SplitSentence(String text, int tokens) {
	}

	/** Built on first use: a run with nothing new to split (a rerun) never loads it. */
	private volatile StanfordCoreNLP pipeline;

	private StanfordCoreNLP pipeline() {
		StanfordCoreNLP built = this.pipeline;
		if (built == null) {
			synchronized (this) {
				built = this.pipeline;
				if (built == null) {
					Properties properties = new Properties();
					properties.setProperty("annotators", "tokenize,ssplit");
					properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
					built = new StanfordCoreNLP(properties);
					this.pipeline = built;
				}
			}
		}
		return built;
	}

	public List<SplitSentence> split(String text) {
		List<SplitSentence> sentences = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return sentences;
		}
		Annotation document = new Annotation(text);
		pipeline().annotate(document);
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

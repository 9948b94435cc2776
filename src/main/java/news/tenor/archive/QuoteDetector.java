package news.tenor.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Separates what a commenter quoted from what they wrote. A paragraph, or a run of
 * sentences in a paragraph, is a quote when, after whitespace and quote-mark
 * normalisation, it appears verbatim in the article (title, caption, body) or in an
 * earlier comment of the same article. Very short passages ("Yes.") are never taken for
 * quotes: they match by chance.
 */
public final class QuoteDetector {

	static final int MIN_QUOTE_CHARS = 20;

	static final int MIN_QUOTE_WORDS = 4;

	private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");

	/** Sentence ends for quote matching only (scoring splits with CoreNLP). */
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\u3002\uFF01\uFF1F][\"')\\]]?)\\s+");

	/** Characters a commenter wraps a quote in: {@code > "...".} */
	private static final Pattern QUOTE_WRAPPING = Pattern.compile("^[>\\s\"']+|[\\s\"']+$");

	private QuoteDetector() {
	}

	/** The words of every comment of the article, in comment order. */
	public static List<CommentWords> split(Article article) {
		StringBuilder articleText = new StringBuilder();
		articleText.append(Text.normalize(article.title())).append('\n');
		if (article.caption() != null) {
			articleText.append(Text.normalize(article.caption())).append('\n');
		}
		for (String paragraph : article.body()) {
			articleText.append(Text.normalize(paragraph)).append('\n');
		}
		String articleSource = articleText.toString();
		List<String> earlier = new ArrayList<>();
		List<CommentWords> result = new ArrayList<>(article.comments().size());
		for (Comment comment : article.comments()) {
			result.add(split(comment, articleSource, earlier));
			earlier.add(Text.normalize(comment.text()));
		}
		return result;
	}

	private static CommentWords split(Comment comment, String articleSource, List<String> earlier) {
		List<String> own = new ArrayList<>();
		List<QuotedPassage> quotes = new ArrayList<>();
		for (String paragraph : comment.paragraphs()) {
			int whole = source(paragraph, articleSource, earlier);
			if (whole >= 0) {
				quotes.add(new QuotedPassage(paragraph, whole));
				continue;
			}
			StringBuilder ownPart = new StringBuilder();
			StringBuilder quoteRun = new StringBuilder();
			int runSource = -1;
			for (String sentence : SENTENCE_END.split(paragraph)) {
				int from = source(sentence, articleSource, earlier);
				if (from >= 0 && (runSource < 0 || runSource == from)) {
					append(quoteRun, sentence);
					runSource = from;
					continue;
				}
				if (runSource >= 0) {
					quotes.add(new QuotedPassage(quoteRun.toString(), runSource));
					quoteRun.setLength(0);
					runSource = -1;
				}
				if (from >= 0) {
					append(quoteRun, sentence);
					runSource = from;
				}
				else {
					append(ownPart, sentence);
				}
			}
			if (runSource >= 0) {
				quotes.add(new QuotedPassage(quoteRun.toString(), runSource));
			}
			String words = URL.matcher(ownPart).replaceAll(" ").replaceAll("[ \\t]+", " ").strip();
			if (words.codePoints().anyMatch(Character::isLetterOrDigit)) {
				own.add(words);
			}
		}
		return new CommentWords(own.isEmpty() ? null : String.join("\n\n", own), quotes);
	}

	/** 0 for the article, N for comment N, -1 when the passage is the commenter's own. */
	private static int source(String passage, String articleSource, List<String> earlier) {
		String needle = QUOTE_WRAPPING.matcher(Text.normalize(passage)).replaceAll("");
		if (needle.length() < MIN_QUOTE_CHARS || needle.split(" ").length < MIN_QUOTE_WORDS) {
			return -1;
		}
		if (articleSource.contains(needle)) {
			return 0;
		}
		for (int n = earlier.size(); n >= 1; n--) {
			if (earlier.get(n - 1).contains(needle)) {
				return n;
			}
		}
		return -1;
	}

	private static void append(StringBuilder text, String sentence) {
		if (!text.isEmpty()) {
			text.append(' ');
		}
		text.append(sentence);
	}

}

package news.tenor.archive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates what a commenter quoted from what they wrote. A paragraph, or a run of
 * sentences in a paragraph, is a quote when, after whitespace and quote-mark
 * normalisation, it appears verbatim in the article (title, caption, body) or in an
 * earlier comment of the same article. The article is tried first, then the nearest
 * earlier comment; the longest run found wins. Very short passages ("Yes, I agree.") are
 * never taken for quotes: they match by chance. Links are not own words either.
 */
final class QuoteDetector {

	static final int MIN_QUOTE_CHARS = 20;

	static final int MIN_QUOTE_WORDS = 4;

	/**
	 * Japanese and Chinese have no spaces: a quote needs this many of their characters.
	 */
	static final int MIN_QUOTE_CJK_CHARS = 10;

	/** The longest run of sentences tried as one quote. */
	private static final int MAX_RUN = 12;

	/** Words in a shingle, the unit of the quick "found nowhere" test. */
	private static final int SHINGLE = 3;

	/** Searched passages remembered per article. */
	private static final int MAX_REMEMBERED = 10_000;

	/** Links: with a scheme, starting with www., or a bare domain with a path. */
	static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+|\\b(?:[a-z0-9-]+\\.)+[a-z]{2,}/\\S*");

	/** Characters a commenter wraps a quote in: {@code > "...".} */
	private static final Pattern QUOTE_WRAPPING = Pattern.compile("^[>\\s\"'\u300C\u300E]+|[\\s\"'\u300D\u300F]+$");

	private QuoteDetector() {
	}

	/** The words of every comment of the article, in comment order. */
	static List<CommentWords> split(Article article) {
		Sources sources = new Sources();
		sources.addArticle(article.title());
		if (article.caption() != null) {
			sources.addArticle(article.caption());
		}
		for (String paragraph : article.body()) {
			sources.addArticle(paragraph);
		}
		List<CommentWords> result = new ArrayList<>(article.comments().size());
		for (Comment comment : article.comments()) {
			List<Sentences> paragraphs = new ArrayList<>(comment.paragraphs().size());
			for (String paragraph : comment.paragraphs()) {
				paragraphs.add(new Sentences(paragraph));
			}
			result.add(split(paragraphs, sources));
			sources.addComment(paragraphs);
		}
		return result;
	}

	private static CommentWords split(List<Sentences> paragraphs, Sources sources) {
		List<String> own = new ArrayList<>();
		List<QuotedPassage> quotes = new ArrayList<>();
		for (Sentences sentences : paragraphs) {
			int whole = sentences.size() > MAX_RUN ? sources.find(sentences, 0, sentences.size() - 1) : -1;
			if (whole >= 0) {
				quotes.add(new QuotedPassage(sentences.paragraph, whole));
				continue;
			}
			StringBuilder ownPart = new StringBuilder();
			int i = 0;
			while (i < sentences.size()) {
				// the longest run of sentences from i that is found in one place
				int end = -1;
				int from = -1;
				for (int j = Math.min(sentences.size(), i + MAX_RUN) - 1; j >= i && end < 0; j--) {
					from = sources.find(sentences, i, j);
					if (from >= 0) {
						end = j;
					}
				}
				if (end >= 0) {
					String passage = i == 0 && end == sentences.size() - 1 ? sentences.paragraph
							: sentences.raw(i, end);
					quotes.add(new QuotedPassage(passage, from));
					i = end + 1;
				}
				else {
					if (!ownPart.isEmpty()) {
						ownPart.append(' ');
					}
					ownPart.append(sentences.raw(i, i));
					i++;
				}
			}
			String words = withoutLinks(ownPart.toString());
			if (words.codePoints().anyMatch(Character::isLetterOrDigit)) {
				own.add(words);
			}
		}
		return new CommentWords(own.isEmpty() ? null : String.join("\n\n", own), quotes);
	}

	private static String withoutLinks(String text) {
		if (text.indexOf('/') < 0 && !text.regionMatches(true, 0, "www.", 0, 4) && !text.contains("www.")) {
			return text.strip();
		}
		Matcher links = URL.matcher(text);
		return links.find() ? links.replaceAll(" ").replaceAll("[ \\t]+", " ").strip() : text.strip();
	}

	/** A normalised passage without the marks a commenter wraps a quote in. */
	static String unwrap(String normalized) {
		return QUOTE_WRAPPING.matcher(normalized).replaceAll("");
	}

	static boolean longEnough(String passage) {
		if (passage.length() >= MIN_QUOTE_CHARS && passage.split(" ").length >= MIN_QUOTE_WORDS) {
			return true;
		}
		return passage.codePoints().filter(QuoteDetector::isCjk).count() >= MIN_QUOTE_CJK_CHARS;
	}

	private static boolean isCjk(int codePoint) {
		if (codePoint < 0x1100) {
			return false;
		}
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
	}

	/**
	 * Sentence ends for quote matching only (scoring splits with CoreNLP): after . ! ?
	 * and a closing quote or bracket, before whitespace; after 。！？ and a closing corner
	 * bracket.
	 */
	static List<String> sentences(String paragraph) {
		List<String> sentences = new ArrayList<>();
		int start = 0;
		int n = paragraph.length();
		int i = 0;
		while (i < n) {
			char c = paragraph.charAt(i++);
			boolean western = c == '.' || c == '!' || c == '?';
			boolean eastern = c == '\u3002' || c == '\uFF01' || c == '\uFF1F';
			if (!western && !eastern) {
				continue;
			}
			if (i < n && (western ? "\"')]".indexOf(paragraph.charAt(i)) >= 0
					: paragraph.charAt(i) == '\u300D' || paragraph.charAt(i) == '\u300F')) {
				i++;
			}
			int next = i;
			while (next < n && Character.isWhitespace(paragraph.charAt(next))) {
				next++;
			}
			if (eastern || next > i) {
				if (next < n) {
					sentences.add(paragraph.substring(start, i));
					start = next;
				}
				i = next;
			}
		}
		sentences.add(paragraph.substring(start));
		return sentences;
	}

	/**
	 * A paragraph of a comment cut into sentences, each normalised and cut into words
	 * once: the runs tried as quotes then mostly cost two hash lookups.
	 */
	private static final class Sentences {

		private final String paragraph;

		private final String[] raw;

		private final String[] normalized;

		/** Hashes of the paragraph's words; sentence k's words start at firstWord[k]. */
		private final Words words = new Words();

		private final int[] firstWord;

		private final boolean[] cjk;

		Sentences(String paragraph) {
			this.paragraph = paragraph;
			this.raw = sentences(paragraph).toArray(new String[0]);
			this.normalized = new String[this.raw.length];
			this.firstWord = new int[this.raw.length + 1];
			this.cjk = new boolean[this.raw.length];
			for (int k = 0; k < this.raw.length; k++) {
				this.normalized[k] = Text.normalize(this.raw[k]);
				this.firstWord[k] = this.words.size;
				this.words.add(this.normalized[k]);
				this.cjk[k] = this.normalized[k].codePoints().anyMatch(QuoteDetector::isCjk);
			}
			this.firstWord[this.raw.length] = this.words.size;
		}

		int size() {
			return this.raw.length;
		}

		String raw(int from, int to) {
			return String.join(" ", Arrays.asList(this.raw).subList(from, to + 1));
		}

		String normalized(int from, int to) {
			return String.join(" ", Arrays.asList(this.normalized).subList(from, to + 1));
		}

		boolean anyCjk(int from, int to) {
			for (int k = from; k <= to; k++) {
				if (this.cjk[k]) {
					return true;
				}
			}
			return false;
		}

	}

	/**
	 * Hashes of words, without the punctuation around them, so that a quote that starts
	 * inside quote marks or ends at a comma still meets its source's words.
	 */
	private static final class Words {

		private int[] hashes = new int[64];

		private int size;

		void add(String normalized) {
			int n = normalized.length();
			int i = 0;
			while (i < n) {
				while (i < n && !Character.isLetterOrDigit(normalized.charAt(i))) {
					i++;
				}
				int hash = 0;
				int last = i;
				int j = i;
				for (; j < n && normalized.charAt(j) != ' '; j++) {
					char c = normalized.charAt(j);
					if (Character.isLetterOrDigit(c)) {
						last = j + 1;
					}
				}
				for (int k = i; k < last; k++) {
					hash = 31 * hash + normalized.charAt(k);
				}
				if (last > i) {
					if (this.size == this.hashes.length) {
						this.hashes = Arrays.copyOf(this.hashes, this.size * 2);
					}
					this.hashes[this.size++] = hash;
				}
				i = j;
			}
		}

		/** Three words in a row: the unit of the quick "found nowhere" test. */
		long shingle(int from) {
			long h = this.hashes[from];
			h = h * 0x9E3779B97F4A7C15L + this.hashes[from + 1];
			h = h * 0x9E3779B97F4A7C15L + this.hashes[from + 2];
			return h ^ (h >>> 29);
		}

	}

	/**
	 * The normalised texts a comment may quote: the article (source 0), then comments 1,
	 * 2, ... Every three-word run of them is kept, hashed, so that a passage whose first
	 * or last three words occur nowhere is known to be the commenter's own without
	 * scanning the texts: most passages are, and an article can have thousands of
	 * comments. A hash collision only costs the full comparison.
	 */
	private static final class Sources {

		private final StringBuilder article = new StringBuilder();

		private String articleText;

		private final List<String> comments = new ArrayList<>();

		private final LongSet shingles = new LongSet();

		/**
		 * Passages already searched for, with where they were found and how many comments
		 * were searched, so that text repeating itself costs one search per distinct
		 * passage rather than one per occurrence.
		 */
		private final Map<String, int[]> found = new HashMap<>();

		void addArticle(String text) {
			String normalized = Text.normalize(text);
			this.article.append(normalized).append('\n');
			Words words = new Words();
			words.add(normalized);
			addShingles(words, 0, words.size);
		}

		void addComment(List<Sentences> paragraphs) {
			StringBuilder text = new StringBuilder();
			for (Sentences sentences : paragraphs) {
				String normalized = sentences.normalized(0, sentences.size() - 1);
				if (!normalized.isEmpty()) {
					text.append(text.isEmpty() ? "" : " ").append(normalized);
				}
				addShingles(sentences.words, 0, sentences.words.size);
			}
			this.comments.add(text.toString());
		}

		private void addShingles(Words words, int from, int to) {
			for (int k = from; k + SHINGLE <= to; k++) {
				this.shingles.add(words.shingle(k));
			}
		}

		/**
		 * Where sentences {@code from..to} of a paragraph are found: 0 for the article, N
		 * for comment N, -1 when they are nobody else's.
		 */
		int find(Sentences sentences, int from, int to) {
			int first = sentences.firstWord[from];
			int words = sentences.firstWord[to + 1] - first;
			boolean cjk = sentences.anyCjk(from, to);
			if (words < MIN_QUOTE_WORDS && !cjk) {
				return -1;
			}
			if (!cjk && (!this.shingles.contains(sentences.words.shingle(first))
					|| !this.shingles.contains(sentences.words.shingle(first + words - SHINGLE)))) {
				return -1;
			}
			String needle = unwrap(sentences.normalized(from, to));
			if (!longEnough(needle)) {
				return -1;
			}
			int[] known = this.found.get(needle);
			int where;
			if (known == null) {
				where = search(needle, 1);
			}
			else {
				// only the comments added since the last search can change the answer
				int newer = known[0] == 0 ? -1 : search(needle, known[1] + 1);
				where = newer > 0 ? newer : known[0];
			}
			if (known != null || this.found.size() < MAX_REMEMBERED) {
				this.found.put(needle, new int[] { where, this.comments.size() });
			}
			return where;
		}

		/** The article, else the nearest comment down to comment {@code oldest}. */
		private int search(String needle, int oldest) {
			if (oldest == 1) {
				if (this.articleText == null) {
					this.articleText = this.article.toString();
				}
				if (this.articleText.contains(needle)) {
					return 0;
				}
			}
			for (int n = this.comments.size(); n >= oldest; n--) {
				if (this.comments.get(n - 1).contains(needle)) {
					return n;
				}
			}
			return -1;
		}

	}

	/** A set of longs without boxing: open addressing, linear probing. */
	private static final class LongSet {

		private long[] slots = new long[1024];

		private boolean[] used = new boolean[1024];

		private int size;

		void add(long value) {
			if ((this.size + 1) * 2 > this.slots.length) {
				grow();
			}
			int i = slot(value, this.slots.length);
			while (this.used[i]) {
				if (this.slots[i] == value) {
					return;
				}
				i = (i + 1) & (this.slots.length - 1);
			}
			this.used[i] = true;
			this.slots[i] = value;
			this.size++;
		}

		boolean contains(long value) {
			int i = slot(value, this.slots.length);
			while (this.used[i]) {
				if (this.slots[i] == value) {
					return true;
				}
				i = (i + 1) & (this.slots.length - 1);
			}
			return false;
		}

		private void grow() {
			long[] oldSlots = this.slots;
			boolean[] oldUsed = this.used;
			this.slots = new long[oldSlots.length * 2];
			this.used = new boolean[oldSlots.length * 2];
			this.size = 0;
			for (int i = 0; i < oldSlots.length; i++) {
				if (oldUsed[i]) {
					add(oldSlots[i]);
				}
			}
		}

		private static int slot(long value, int length) {
			long h = value * 0x9E3779B97F4A7C15L;
			return (int) (h >>> 40) & (length - 1);
		}

	}

}

package news.tenor.scoring.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import news.tenor.archive.ArchiveEntry;
import news.tenor.archive.ParsedEntry;
import news.tenor.archive.generate.ArchiveGenerator;
import news.tenor.scoring.SentenceSplitter;

/**
 * The evaluation text of {@code LanguageDetectionBenchmark}, built the same way on every
 * run: English from {@code ../shared/eval-data} (SST test sentences de-tokenised, Amazon
 * review snippets), from reader comments (the sample archive, a generated archive) and
 * {@code short-english.txt}; other languages from the UDHR ({@code udhr-paragraphs.tsv})
 * and {@code comment-like.tsv}. Every sentence is also cut to its first 1, 2, 3, 5 and 8
 * words and to at most 10, 20 and 40 characters, to measure accuracy by length.
 *
 * <p>
 * Half is for calibrating the rule's thresholds ({@code dev}: Amazon snippets, generated
 * comments, even UDHR articles) and half for reporting ({@code test}: SST, the sample
 * archive's comments, short replies, odd UDHR articles, the comment-like sentences).
 */
final class LanguageEvalSet {

	static final List<String> LANGUAGES = List.of("en", "ja", "zh", "ko", "fr", "de", "es", "it", "pt", "nl", "ru");

	static final String SENTENCE = "sentence";

	static final List<String> BUCKETS = List.of(SENTENCE, "1 word", "2 words", "3 words", "5 words", "8 words",
			"≤10 chars", "≤20 chars", "≤40 chars");

	static final String SHORT_REPLY = "short reply";

	/** One text to detect, with its true language. */
	record Item(String language, String source, boolean dev, String bucket, String text) {
	}

	/**
	 * A comment's sentences and the language each is written in (a Japanese comment can
	 * quote the English article).
	 */
	record Comment(String source, List<String> sentences, List<String> languages) {

		static Comment of(String language, String source, List<String> sentences) {
			return new Comment(source, sentences, sentences.stream().map((s) -> language).toList());
		}

	}

	private static final Pattern KANA = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}]");

	private LanguageEvalSet() {
	}

	static List<Item> build(Path sharedEvalData, Path sampleArchive, Path scratch) {
		List<Item> items = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (String sentence : sst(sharedEvalData.resolve("sst/sst_test.txt"))) {
			withPrefixes(items, seen, "en", "SST test", false, sentence);
		}
		for (String snippet : amazon(sharedEvalData.resolve("human-rated/amazon_reviews_ground_truth.tsv"))) {
			withPrefixes(items, seen, "en", "Amazon snippets", true, snippet);
		}
		SentenceSplitter splitter = new SentenceSplitter();
		for (String sentence : commentSentences(splitter, archiveTexts(sampleArchive))) {
			withPrefixes(items, seen, KANA.matcher(sentence).find() ? "ja" : "en", "sample archive", false, sentence);
		}
		for (String sentence : commentSentences(splitter, generatedArchive(scratch))) {
			withPrefixes(items, seen, KANA.matcher(sentence).find() ? "ja" : "en", "generated comments", true,
					sentence);
		}
		for (String reply : resourceLines("short-english.txt")) {
			if (seen.add("en\t" + SHORT_REPLY + "\t" + reply)) {
				items.add(new Item("en", "short replies", false, SHORT_REPLY, reply));
			}
		}
		for (String line : resourceLines("udhr-paragraphs.tsv")) {
			String[] parts = line.split("\t", 3);
			boolean dev = Integer.parseInt(parts[1]) % 2 == 0;
			for (String sentence : sentences(parts[2], Locale.forLanguageTag(parts[0]))) {
				withPrefixes(items, seen, parts[0], "UDHR", dev, sentence);
			}
		}
		for (String line : resourceLines("comment-like.tsv")) {
			String[] parts = line.split("\t", 2);
			withPrefixes(items, seen, parts[0], "comment-like", false, parts[1]);
		}
		return items;
	}

	/**
	 * The test half as whole comments: each UDHR paragraph of an odd article, each
	 * comment-like sentence, each comment of the sample archive and each of 150 generated
	 * articles' comments (Japanese when it has kana, English otherwise).
	 */
	static List<Comment> comments(Path sampleArchive, Path scratch) {
		List<Comment> comments = new ArrayList<>();
		SentenceSplitter splitter = new SentenceSplitter();
		for (Path folder : List.of(sampleArchive, generated(scratch.resolve("comments")))) {
			for (String text : archiveTexts(folder)) {
				for (news.tenor.archive.Comment comment : parse(text)) {
					List<String> sentences = new ArrayList<>();
					for (String paragraph : comment.paragraphs()) {
						splitter.split(paragraph).forEach((s) -> sentences.add(s.text()));
					}
					if (!sentences.isEmpty()) {
						comments.add(new Comment(folder.equals(sampleArchive) ? "sample archive" : "generated comments",
								sentences,
								sentences.stream().map((s) -> KANA.matcher(s).find() ? "ja" : "en").toList()));
					}
				}
			}
		}
		for (String line : resourceLines("udhr-paragraphs.tsv")) {
			String[] parts = line.split("\t", 3);
			if (Integer.parseInt(parts[1]) % 2 == 1) {
				comments.add(Comment.of(parts[0], "UDHR", sentences(parts[2], Locale.forLanguageTag(parts[0]))));
			}
		}
		for (String line : resourceLines("comment-like.tsv")) {
			String[] parts = line.split("\t", 2);
			comments.add(Comment.of(parts[0], "comment-like", List.of(parts[1])));
		}
		return comments;
	}

	private static List<news.tenor.archive.Comment> parse(String articleText) {
		ParsedEntry entry = ParsedEntry
			.of(new ArchiveEntry("eval.txt", articleText.getBytes(java.nio.charset.StandardCharsets.UTF_8), false, 1));
		return entry instanceof ParsedEntry.Parsed parsed ? parsed.article().comments() : List.of();
	}

	/** The sentence, and its prefixes that are shorter than it. */
	private static void withPrefixes(List<Item> items, Set<String> seen, String language, String source, boolean dev,
			String sentence) {
		String text = sentence.strip();
		if (text.isEmpty()) {
			return;
		}
		add(items, seen, new Item(language, source, dev, SENTENCE, text));
		boolean spaced = !language.equals("ja") && !language.equals("zh");
		if (spaced) {
			String[] words = text.split("\\s+");
			for (int n : new int[] { 1, 2, 3, 5, 8 }) {
				if (words.length > n) {
					add(items, seen, new Item(language, source, dev, n + (n == 1 ? " word" : " words"),
							String.join(" ", List.of(words).subList(0, n))));
				}
			}
		}
		for (int n : new int[] { 10, 20, 40 }) {
			if (text.codePointCount(0, text.length()) > n) {
				String prefix = spaced ? wordsWithin(text, n) : text.substring(0, text.offsetByCodePoints(0, n));
				if (!prefix.isEmpty()) {
					add(items, seen, new Item(language, source, dev, "≤" + n + " chars", prefix));
				}
			}
		}
	}

	private static void add(List<Item> items, Set<String> seen, Item item) {
		if (seen.add(item.language() + "\t" + item.bucket() + "\t" + item.text())) {
			items.add(item);
		}
	}

	/** The longest run of whole words from the start that has at most n characters. */
	private static String wordsWithin(String text, int n) {
		StringBuilder prefix = new StringBuilder();
		for (String word : text.split("\\s+")) {
			int length = prefix.length() + (prefix.isEmpty() ? 0 : 1) + word.length();
			if (length > n) {
				break;
			}
			if (!prefix.isEmpty()) {
				prefix.append(' ');
			}
			prefix.append(word);
		}
		return prefix.toString();
	}

	/**
	 * SST's PTB tokens put back together: {@code does n't} → {@code doesn't}, -LRB- → (.
	 */
	static List<String> sst(Path file) {
		List<String> sentences = new ArrayList<>();
		for (String line : lines(file)) {
			String text = line.substring(line.indexOf('\t') + 1);
			text = text.replace("-LRB-", "(")
				.replace("-RRB-", ")")
				.replace("``", "\"")
				.replace("''", "\"")
				.replaceAll(" (n't|'s|'re|'ve|'m|'ll|'d)\\b", "$1")
				.replaceAll(" ([.,;:!?%)])", "$1")
				.replaceAll("([($]) ", "$1")
				.replaceAll("\" (.*?) \"", "\"$1\"");
			sentences.add(text);
		}
		return sentences;
	}

	static List<String> amazon(Path file) {
		List<String> snippets = new ArrayList<>();
		for (String line : lines(file)) {
			String[] parts = line.strip().split("\t", 3);
			if (parts.length == 3) {
				snippets.add(parts[2]);
			}
		}
		return snippets;
	}

	/**
	 * The texts of the archive's article files (the sample archive is plain UTF-8 text).
	 */
	private static List<String> archiveTexts(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter((f) -> f.toString().endsWith(".txt")).sorted().map(LanguageEvalSet::read).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * 150 generated articles (seed 7, UTF-8 only, no rejects): template comments, stock
	 * replies, emoji.
	 */
	private static List<String> generatedArchive(Path scratch) {
		return archiveTexts(generated(scratch.resolve("generated")));
	}

	private static Path generated(Path folder) {
		try {
			ArchiveGenerator.generate(new ArchiveGenerator.Settings(folder, 150, 11, 7, "folders", 0, 0, 0, 0, 0, 0,
					LocalDate.of(2026, 1, 1), 30));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return folder;
	}

	private static List<String> commentSentences(SentenceSplitter splitter, List<String> articleTexts) {
		List<String> sentences = new ArrayList<>();
		for (String text : articleTexts) {
			for (news.tenor.archive.Comment comment : parse(text)) {
				for (String paragraph : comment.paragraphs()) {
					splitter.split(paragraph).forEach((s) -> sentences.add(s.text()));
				}
			}
		}
		return sentences;
	}

	/** A UDHR paragraph cut into sentences by the JDK's rules for its language. */
	private static List<String> sentences(String paragraph, Locale locale) {
		BreakIterator breaks = BreakIterator.getSentenceInstance(locale);
		breaks.setText(paragraph);
		List<String> sentences = new ArrayList<>();
		for (int start = breaks.first(),
				end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
			String sentence = paragraph.substring(start, end).strip();
			if (!sentence.isEmpty()) {
				sentences.add(sentence);
			}
		}
		return sentences;
	}

	static List<String> resourceLines(String name) {
		try (InputStream in = LanguageEvalSet.class.getResourceAsStream("/language/" + name)) {
			if (in == null) {
				throw new IllegalStateException("no test resource language/" + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((l) -> !l.isBlank() && !l.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

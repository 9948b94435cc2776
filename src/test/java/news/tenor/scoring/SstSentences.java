package news.tenor.scoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import news.tenor.scoring.JsonLinesArchive.Comment;

/**
 * The Stanford Sentiment Treebank sentences of {@code ../shared/eval-data/sst} (another
 * folder with {@code -Dtenor.sst=DIR}): gold labels to measure Tenor against, and
 * archives Tenor reads made of them.
 */
final class SstSentences {

	static final String SOURCE = "Stanford Sentiment Treebank";

	/**
	 * One line of {@code sst_dev.txt} or {@code sst_test.txt}: its class 0..4 and text.
	 */
	record Sentence(int line, int gold, String text) {
	}

	private SstSentences() {
	}

	static Path folder() {
		Path folder = Path.of(System.getProperty("tenor.sst", "../shared/eval-data/sst")).toAbsolutePath().normalize();
		if (!Files.isRegularFile(folder.resolve("sst_test.txt"))) {
			throw new IllegalStateException("no SST sentences in " + folder + " (set -Dtenor.sst=DIR)");
		}
		return folder;
	}

	/**
	 * The sentences of a split, {@code dev} or {@code test}; {@code __label__N} is class
	 * N-1.
	 */
	static List<Sentence> read(String split) {
		List<Sentence> sentences = new ArrayList<>();
		List<String> lines = lines(folder().resolve("sst_" + split + ".txt"));
		for (int i = 0; i < lines.size(); i++) {
			String[] parts = lines.get(i).split("\t", 2);
			int gold = Integer.parseInt(parts[0].substring("__label__".length())) - 1;
			sentences.add(new Sentence(i + 1, gold, parts[1]));
		}
		return sentences;
	}

	/**
	 * An archive of one article per sentence, its only comment the sentence: the
	 * article's title ("SST test 17") says which line, and holds no words of the
	 * sentence, so nothing is taken for a quote.
	 */
	static Path writeArchive(String split, List<Sentence> sentences, Path file) {
		try (JsonLinesArchive archive = new JsonLinesArchive(file)) {
			for (Sentence sentence : sentences) {
				archive.article(SOURCE, LocalDate.of(2013, 10, 1), "sst-" + split, title(split, sentence.line()),
						List.of(Comment.of(sentence.text())));
			}
		}
		return file;
	}

	static String title(String split, int line) {
		return "SST " + split + " " + line;
	}

	static int lineOf(String title) {
		return Integer.parseInt(title.substring(title.lastIndexOf(' ') + 1));
	}

	/**
	 * The sentences one per line, as CoreNLP's command line reads them with
	 * -ssplit.eolonly.
	 */
	static Path writeSentences(List<Sentence> sentences, Path file) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.write(file, sentences.stream().map(Sentence::text).toList(), StandardCharsets.UTF_8);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every distinct phrase of at least {@code minTokens} tokens in the treebank's dev
	 * and test trees ({@code raw_data-*.txt}), in file order: tens of thousands of
	 * natural English fragments of varied length, none repeated, to generate archives
	 * large enough to measure throughput without the cache hitting.
	 */
	static List<String> phrases(int minTokens) {
		Set<String> phrases = new LinkedHashSet<>();
		for (String split : List.of("dev", "test")) {
			for (String tree : lines(folder().resolve("raw_data-" + split + ".txt"))) {
				collect(tree, new int[] { 0 }, minTokens, phrases);
			}
		}
		return new ArrayList<>(phrases);
	}

	/** Reads the subtree at {@code at[0]} (an opening bracket) and returns its words. */
	private static List<String> collect(String tree, int[] at, int minTokens, Set<String> phrases) {
		int i = at[0] + 1;
		while (tree.charAt(i) != ' ') {
			i++; // the node's label
		}
		i++;
		List<String> words = new ArrayList<>();
		if (tree.charAt(i) == '(') {
			while (tree.charAt(i) == '(') {
				at[0] = i;
				words.addAll(collect(tree, at, minTokens, phrases));
				i = at[0];
				while (tree.charAt(i) == ' ') {
					i++;
				}
			}
		}
		else {
			int end = tree.indexOf(')', i);
			words.add(tree.substring(i, end));
			i = end;
		}
		at[0] = i + 1; // past the closing bracket
		if (words.size() >= minTokens) {
			phrases.add(String.join(" ", words).replace("-LRB-", "(").replace("-RRB-", ")"));
		}
		return words;
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package news.tenor.mentions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import news.tenor.scoring.SentenceAnalysis;
import news.tenor.scoring.calibration.SentenceInput;

/**
 * The labelled comment–entity pairs
 * ({@code src/test/resources/mentions/entity-sentiment.tsv}, its README says how they
 * were written) and the committed CoreNLP analyses of their sentences
 * ({@code entity-sentiment-analyses.tsv}), so that the method can be measured without
 * parsing. {@link EntitySentimentBenchmark} writes the analyses from the real pipeline
 * and checks them against it.
 */
final class EntitySentimentSet {

	static final String PAIRS = "/mentions/entity-sentiment.tsv";

	static final String ANALYSES = "/mentions/entity-sentiment-analyses.tsv";

	static final String ANALYSES_HEADER = "comment\tsentence\tprobabilities\tanalysis\tmentions\ttext";

	/**
	 * One labelled pair.
	 *
	 * @param kind {@code opposite} (two entities of opposite sentiment in one sentence),
	 * {@code opposite-sentences} (in two), {@code same} (two of the same),
	 * {@code single}, {@code contrast} (one entity, and a clause of the other sentiment
	 * about something else)
	 */
	record Pair(int comment, String kind, String entity, boolean positive, String text) {

		boolean opposite() {
			return this.kind.equals("opposite");
		}

	}

	/**
	 * One sentence of a comment as Tenor would cache it: the root distribution (exact),
	 * the analysis (a1) and the mentions (m1).
	 */
	record Sentence(int comment, int index, String text, double[] probabilities, SentenceAnalysis analysis,
			SentenceMentions mentions) {

		SentenceInput input() {
			return new SentenceInput(this.text, this.mentions.tokens(), this.probabilities, this.analysis);
		}

		String line() {
			StringBuilder p = new StringBuilder();
			for (int k = 0; k < this.probabilities.length; k++) {
				p.append(k > 0 ? "," : "").append(this.probabilities[k]);
			}
			return this.comment + "\t" + this.index + "\t" + p + "\t" + this.analysis.encode() + "\t"
					+ this.mentions.encode() + "\t" + this.text;
		}

		static Sentence of(String line) {
			String[] f = line.split("\t", 6);
			String[] p = f[2].split(",");
			double[] probabilities = new double[p.length];
			for (int k = 0; k < p.length; k++) {
				probabilities[k] = Double.parseDouble(p[k]);
			}
			return new Sentence(Integer.parseInt(f[0]), Integer.parseInt(f[1]), f[5], probabilities,
					SentenceAnalysis.decode(f[3]), SentenceMentions.decode(f[4]));
		}

	}

	private EntitySentimentSet() {
	}

	static List<Pair> pairs() {
		List<Pair> pairs = new ArrayList<>();
		for (String line : lines(PAIRS)) {
			String[] f = line.split("\t", 5);
			if (!f[3].equals("positive") && !f[3].equals("negative")) {
				throw new IllegalStateException("a pair is labelled positive or negative: " + line);
			}
			pairs.add(new Pair(Integer.parseInt(f[0]), f[1], f[2], f[3].equals("positive"), f[4]));
		}
		return pairs;
	}

	/** The committed sentences by comment, in order. */
	static Map<Integer, List<Sentence>> analyses() {
		Map<Integer, List<Sentence>> sentences = new LinkedHashMap<>();
		for (String line : lines(ANALYSES)) {
			Sentence sentence = Sentence.of(line);
			sentences.computeIfAbsent(sentence.comment(), (c) -> new ArrayList<>()).add(sentence);
		}
		return sentences;
	}

	/** The lines after the header. */
	private static List<String> lines(String resource) {
		try (InputStream in = EntitySentimentSet.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("no " + resource + " on the class path");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			reader.readLine();
			List<String> lines = new ArrayList<>();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank()) {
					lines.add(line);
				}
			}
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

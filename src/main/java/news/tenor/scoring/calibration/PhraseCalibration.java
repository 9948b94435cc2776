package news.tenor.scoring.calibration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Properties;

import news.tenor.scoring.Sentiment;

/**
 * The fitted numbers of calibrated-v2, which also reads CoreNLP's phrases: {@code score =
 * clamp(intercept + corenlp·C + vader·V + phrases·P + nouns·N, −1, 1)}, the four
 * {@link SentenceFeatures} averaged over the comment's sentences by their tokens, and
 * four band edges as in {@link Calibration}. Read from a versioned properties resource
 * ({@code /calibration/tenor-calibration-v2.properties}), written by the fitting command
 * (NOTES-calibration.md).
 *
 * @param version carried by the model key, e.g. {@code calibrated-v2}
 * @param weights intercept, C, V, P, N
 * @param edges ascending band edges, as {@link Calibration#edges()}
 */
public record PhraseCalibration(String version, double[] weights, double[] edges) {

	public static final String RESOURCE = "/calibration/tenor-calibration-v2.properties";

	private static final String[] WEIGHT_KEYS = { "intercept", "weight.corenlp", "weight.vader", "weight.phrases",
			"weight.nouns" };

	public PhraseCalibration {
		if (weights.length != WEIGHT_KEYS.length) {
			throw new IllegalArgumentException(WEIGHT_KEYS.length + " weights expected");
		}
		// the same edges rule as v1's
		new Calibration(version, 0, 0, 0, edges);
		weights = weights.clone();
		edges = edges.clone();
	}

	/** The shipped calibration. */
	public static PhraseCalibration shipped() {
		try (InputStream in = PhraseCalibration.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("no calibration " + RESOURCE + " on the class path");
			}
			return read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static PhraseCalibration read(InputStream in) throws IOException {
		Properties properties = new Properties();
		properties.load(in);
		String version = properties.getProperty("version");
		if (version == null || version.isBlank()) {
			throw new IllegalArgumentException("the calibration has no version");
		}
		double[] weights = new double[WEIGHT_KEYS.length];
		for (int i = 0; i < weights.length; i++) {
			weights[i] = Calibration.number(properties, WEIGHT_KEYS[i]);
		}
		double[] edges = new double[4];
		for (int i = 0; i < 4; i++) {
			edges[i] = Calibration.number(properties, Calibration.EDGE_KEYS[i]);
		}
		return new PhraseCalibration(version.strip(), weights, edges);
	}

	/** Writes the properties file, each number exactly (shortest round-trip decimal). */
	public void write(Writer out, String comment) throws IOException {
		out.write("# " + comment.replace("\n", "\n# ") + "\n");
		out.write("version=" + this.version + "\n");
		for (int i = 0; i < WEIGHT_KEYS.length; i++) {
			out.write(WEIGHT_KEYS[i] + "=" + this.weights[i] + "\n");
		}
		for (int i = 0; i < 4; i++) {
			out.write(Calibration.EDGE_KEYS[i] + "=" + this.edges[i] + "\n");
		}
	}

	@Override
	public double[] weights() {
		return this.weights.clone();
	}

	@Override
	public double[] edges() {
		return this.edges.clone();
	}

	/**
	 * The score of (token-weighted mean) features: the linear score clamped to [-1, 1].
	 */
	public double score(double coreNlp, double vader, double phrases, double nouns) {
		double[] w = this.weights;
		double linear = w[0] + w[1] * coreNlp + w[2] * vader + w[3] * phrases + w[4] * nouns;
		return Math.max(-1, Math.min(1, linear));
	}

	double score(SentenceFeatures f) {
		return score(f.coreNlp(), f.vader(), f.phrases(), f.nouns());
	}

	/** The band a score falls in. */
	public Sentiment label(double score) {
		return Calibration.band(this.edges, score);
	}

}

package news.tenor.scoring.calibration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Properties;

import news.tenor.scoring.Sentiment;

/**
 * The fitted numbers of a calibrated score: {@code score = clamp(intercept + corenlp·C +
 * vader·V, −1, 1)} with C CoreNLP's expected-class score and V VADER's compound (both
 * token-weighted means over the comment's sentences), and the four band edges that turn a
 * score into one of the five classes. Read from a versioned properties resource
 * ({@code /calibration/tenor-calibration-v1.properties}), written by the fitting command
 * (NOTES-calibration.md).
 *
 * @param version carried by the model key, e.g. {@code calibrated-v1}
 * @param intercept the score of a comment both scorers call neutral
 * @param coreNlpWeight the weight of CoreNLP's score
 * @param vaderWeight the weight of VADER's compound
 * @param edges ascending: a score up to {@code edges[0]} is Very negative, up to
 * {@code edges[1]} Negative, up to {@code edges[2]} Neutral, up to {@code edges[3]}
 * Positive, above it Very positive
 */
public record Calibration(String version, double intercept, double coreNlpWeight, double vaderWeight, double[] edges) {

	public static final String RESOURCE = "/calibration/tenor-calibration-v1.properties";

	static final String[] EDGE_KEYS = { "band.very-negative.up-to", "band.negative.up-to", "band.neutral.up-to",
			"band.positive.up-to" };

	public Calibration {
		if (edges.length != 4) {
			throw new IllegalArgumentException("four band edges expected");
		}
		for (int i = 1; i < edges.length; i++) {
			if (!(edges[i - 1] < edges[i])) {
				throw new IllegalArgumentException("band edges must ascend");
			}
		}
		edges = edges.clone();
	}

	/** The shipped calibration. */
	public static Calibration shipped() {
		try (InputStream in = Calibration.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("no calibration " + RESOURCE + " on the class path");
			}
			return read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static Calibration read(InputStream in) throws IOException {
		Properties properties = new Properties();
		properties.load(in);
		double[] edges = new double[4];
		for (int i = 0; i < 4; i++) {
			edges[i] = number(properties, EDGE_KEYS[i]);
		}
		String version = properties.getProperty("version");
		if (version == null || version.isBlank()) {
			throw new IllegalArgumentException("the calibration has no version");
		}
		return new Calibration(version.strip(), number(properties, "intercept"), number(properties, "weight.corenlp"),
				number(properties, "weight.vader"), edges);
	}

	static double number(Properties properties, String key) {
		String value = properties.getProperty(key);
		if (value == null) {
			throw new IllegalArgumentException("the calibration has no " + key);
		}
		return Double.parseDouble(value.strip());
	}

	/** Writes the properties file, each number exactly (shortest round-trip decimal). */
	public void write(Writer out, String comment) throws IOException {
		out.write("# " + comment.replace("\n", "\n# ") + "\n");
		out.write("version=" + this.version + "\n");
		out.write("intercept=" + this.intercept + "\n");
		out.write("weight.corenlp=" + this.coreNlpWeight + "\n");
		out.write("weight.vader=" + this.vaderWeight + "\n");
		for (int i = 0; i < 4; i++) {
			out.write(EDGE_KEYS[i] + "=" + this.edges[i] + "\n");
		}
	}

	@Override
	public double[] edges() {
		return this.edges.clone();
	}

	/** The unclamped linear score of CoreNLP's and VADER's scores. */
	double linear(double coreNlp, double vader) {
		return this.intercept + this.coreNlpWeight * coreNlp + this.vaderWeight * vader;
	}

	/** The score: the linear score clamped to [-1, 1]. */
	public double score(double coreNlp, double vader) {
		return Math.max(-1, Math.min(1, linear(coreNlp, vader)));
	}

	/** The band a score falls in. */
	public Sentiment label(double score) {
		return band(this.edges, score);
	}

	static Sentiment band(double[] edges, double score) {
		int band = 0;
		while (band < 4 && score > edges[band]) {
			band++;
		}
		return Sentiment.ofClass(band);
	}

}

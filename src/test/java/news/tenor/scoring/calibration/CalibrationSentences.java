package news.tenor.scoring.calibration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The committed calibration data
 * ({@code src/test/resources/calibration/calibration-sentences.tsv}): every sentence of
 * the Amazon review snippets and the SST dev and test sentences as Tenor's job stores it
 * (text, tokens, CoreNLP's root distribution), with the people's verdict on the item it
 * belongs to. Written and checked by {@link CalibrationDataBenchmark}; read by the fit
 * and its test.
 *
 * <p>
 * One line per sentence: {@code set, item, sentence index, gold, tokens, status, label,
 * p0..p4, text}, tab-separated. {@code set} is {@code amazon}, {@code sst-dev} or
 * {@code sst-test}; {@code gold} is the 20-rater mean (−4..+4) for Amazon and the gold
 * class (0..4) for SST; {@code status} is {@code SCORED}, {@code TOO_LONG} or
 * {@code FAILED} (label −1 and no probabilities then).
 */
public final class CalibrationSentences {

	static final String RESOURCE = "/calibration/calibration-sentences.tsv";

	static final String HEADER = "set\titem\tsentence\tgold\ttokens\tstatus\tlabel\tp0\tp1\tp2\tp3\tp4\ttext";

	/** One sentence as the job has it. */
	public record Row(String set, String item, int sentence, double gold, int tokens, String status, int label,
			double[] probabilities, String text) {

		boolean scored() {
			return "SCORED".equals(this.status);
		}

		String line() {
			StringBuilder line = new StringBuilder();
			line.append(this.set).append('\t').append(this.item).append('\t').append(this.sentence).append('\t');
			line.append(CalibrationSentences.gold(this.gold))
				.append('\t')
				.append(this.tokens)
				.append('\t')
				.append(this.status);
			line.append('\t').append(this.label);
			for (int k = 0; k < 5; k++) {
				line.append('\t').append(this.probabilities == null ? "" : probability(this.probabilities[k]));
			}
			return line.append('\t').append(this.text).toString();
		}

		static Row parse(String line) {
			String[] f = line.split("\t", -1);
			double[] p = null;
			if (!f[7].isEmpty()) {
				p = new double[5];
				for (int k = 0; k < 5; k++) {
					p[k] = Double.parseDouble(f[7 + k]);
				}
			}
			return new Row(f[0], f[1], Integer.parseInt(f[2]), Double.parseDouble(f[3]), Integer.parseInt(f[4]), f[5],
					Integer.parseInt(f[6]), p, f[12]);
		}

	}

	/** An item the people rated: a snippet or an SST sentence, as one comment. */
	record Item(String set, String id, double gold, List<Row> sentences) {

		/**
		 * The review an Amazon snippet belongs to ({@code REVIEW_SNIPPET}); the item
		 * itself for SST.
		 */
		String group() {
			int cut = this.id.indexOf('_');
			return "amazon".equals(this.set) && cut > 0 ? this.id.substring(0, cut) : this.id;
		}

	}

	private CalibrationSentences() {
	}

	/** Rounded to 1e-9, the tolerance the parity tests use, to keep the file small. */
	static String probability(double p) {
		return String.format(Locale.ROOT, "%.9f", p);
	}

	static String gold(double gold) {
		String text = Double.toString(gold);
		return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
	}

	public static List<Row> read() {
		try (InputStream in = CalibrationSentences.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("no " + RESOURCE + " on the class path");
			}
			return read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Row> read(InputStream in) throws IOException {
		List<Row> rows = new ArrayList<>();
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		String header = reader.readLine();
		if (!HEADER.equals(header)) {
			throw new IllegalStateException("unexpected header in " + RESOURCE + ": " + header);
		}
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			if (!line.isEmpty()) {
				rows.add(Row.parse(line));
			}
		}
		return rows;
	}

	/** The rows grouped into items, in file order. */
	static List<Item> items(List<Row> rows) {
		Map<String, List<Row>> byItem = new LinkedHashMap<>();
		for (Row row : rows) {
			byItem.computeIfAbsent(row.set() + "\t" + row.item(), k -> new ArrayList<>()).add(row);
		}
		List<Item> items = new ArrayList<>();
		for (List<Row> sentences : byItem.values()) {
			Row first = sentences.get(0);
			items.add(new Item(first.set(), first.item(), first.gold(), List.copyOf(sentences)));
		}
		return items;
	}

}

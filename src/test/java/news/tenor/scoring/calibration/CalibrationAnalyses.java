package news.tenor.scoring.calibration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import news.tenor.scoring.SentenceAnalysis;
import news.tenor.scoring.calibration.CalibrationSentences.Row;

/**
 * The committed analyses
 * ({@code src/test/resources/calibration/calibration-analyses.tsv}): CoreNLP's whole
 * sentiment analysis of every scored sentence of the calibration data, in the text Tenor
 * caches ({@link SentenceAnalysis#encode()}). One line per scored sentence:
 * {@code set, item, sentence index, analysis}, tab-separated, in the order of
 * {@code calibration-sentences.tsv}. Written and checked by
 * {@link CalibrationDataBenchmark} from the same parse as that file.
 */
final class CalibrationAnalyses {

	static final String RESOURCE = "/calibration/calibration-analyses.tsv";

	static final String HEADER = "set\titem\tsentence\tanalysis";

	private CalibrationAnalyses() {
	}

	static String line(Row row, SentenceAnalysis analysis) {
		return key(row) + "\t" + analysis.encode();
	}

	static String key(Row row) {
		return row.set() + "\t" + row.item() + "\t" + row.sentence();
	}

	/** The analyses by {@link #key(Row)}. */
	static Map<String, SentenceAnalysis> read() {
		try (InputStream in = CalibrationAnalyses.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("no " + RESOURCE + " on the class path");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String header = reader.readLine();
			if (!HEADER.equals(header)) {
				throw new IllegalStateException("unexpected header in " + RESOURCE + ": " + header);
			}
			Map<String, SentenceAnalysis> analyses = new HashMap<>();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				int cut = line.lastIndexOf('\t');
				analyses.put(line.substring(0, cut), SentenceAnalysis.decode(line.substring(cut + 1)));
			}
			return analyses;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package news.tenor.scoring;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import news.tenor.TenorRuns;

/**
 * What a run over an SST archive ({@link SstSentences#writeArchive}) stored, read back
 * from its H2 file and compared with the gold labels.
 *
 * @param sentences gold sentences
 * @param scored of which scored (each is one comment)
 * @param fineCorrect comments whose label is the gold class
 * @param binaryTotal gold sentences that are not neutral
 * @param binaryCorrect of which the sign is right: positive when p3 + p4 > p0 + p1
 * @param split lines CoreNLP's sentence splitter cut into more than one sentence
 * @param labels the comment label of each line
 */
record SstResults(int sentences, int scored, int fineCorrect, int binaryTotal, int binaryCorrect, int split,
		Map<Integer, Integer> labels) {

	static SstResults of(Path dataDir, String split, List<SstSentences.Sentence> gold, ScoringSettings settings) {
		record Row(int label, double[] p, int sentences) {
		}
		Map<Integer, Row> rows = TenorRuns.withDatabase(dataDir, jdbc -> {
			Map<Integer, Row> byLine = new HashMap<>();
			jdbc.query("SELECT a.title, s.label, s.p0, s.p1, s.p2, s.p3, s.p4, s.sentences FROM article a "
					+ "JOIN comment c ON c.article_id = a.id JOIN comment_score s ON s.comment_id = c.id "
					+ "WHERE a.category = ? AND s.model = ? AND s.label IS NOT NULL", rs -> {
						byLine.put(SstSentences.lineOf(rs.getString("title")),
								new Row(rs.getInt("label"), new double[] { rs.getDouble("p0"), rs.getDouble("p1"),
										rs.getDouble("p2"), rs.getDouble("p3"), rs.getDouble("p4") },
										rs.getInt("sentences")));
					}, "sst-" + split, settings.modelKey());
			return byLine;
		});
		int fine = 0;
		int binaryTotal = 0;
		int binary = 0;
		int cut = 0;
		Map<Integer, Integer> labels = new HashMap<>();
		for (SstSentences.Sentence sentence : gold) {
			Row row = rows.get(sentence.line());
			if (row == null) {
				continue;
			}
			labels.put(sentence.line(), row.label());
			fine += row.label() == sentence.gold() ? 1 : 0;
			cut += row.sentences() > 1 ? 1 : 0;
			if (sentence.gold() != 2) {
				binaryTotal++;
				boolean positive = row.p()[3] + row.p()[4] > row.p()[0] + row.p()[1];
				binary += positive == (sentence.gold() > 2) ? 1 : 0;
			}
		}
		return new SstResults(gold.size(), rows.size(), fine, binaryTotal, binary, cut, labels);
	}

	double fine() {
		return (double) this.fineCorrect / this.sentences;
	}

	double binary() {
		return (double) this.binaryCorrect / this.binaryTotal;
	}

	/** Share of the lines both runs labelled the same. */
	static double agreement(SstResults a, SstResults b) {
		long same = a.labels.entrySet().stream().filter(e -> e.getValue().equals(b.labels.get(e.getKey()))).count();
		return (double) same / Math.max(1, a.labels.size());
	}

	/**
	 * Comments of the split whose own words are not exactly the sentence (a quote or a
	 * URL taken out, spacing changed): none is expected.
	 */
	static long altered(Path dataDir, String split) {
		return TenorRuns.withDatabase(dataDir,
				jdbc -> jdbc.queryForObject(
						"SELECT COUNT(*) FROM comment c JOIN article a ON a.id = c.article_id "
								+ "WHERE a.category = ? AND (c.own_text IS NULL OR c.own_text <> c.text)",
						Long.class, "sst-" + split));
	}

	/** The steps of the data folder's last job execution and how long each took. */
	/** The durations of the job executions in the data folder, oldest first. */
	static Duration[] jobTimes(Path dataDir) {
		return TenorRuns.withDatabase(dataDir, jdbc -> {
			List<Duration> jobs = new ArrayList<>();
			jdbc.query("SELECT START_TIME, END_TIME FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID", rs -> {
				jobs.add(Duration.between(rs.getObject(1, LocalDateTime.class), rs.getObject(2, LocalDateTime.class)));
			});
			return jobs.toArray(Duration[]::new);
		});
	}

	static Map<String, Duration> stepTimes(Path dataDir) {
		return TenorRuns.withDatabase(dataDir, jdbc -> {
			Map<String, Duration> steps = new HashMap<>();
			jdbc.query("SELECT STEP_NAME, START_TIME, END_TIME FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = "
					+ "(SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)", rs -> {
						steps.put(rs.getString(1), Duration.between(rs.getObject(2, LocalDateTime.class),
								rs.getObject(3, LocalDateTime.class)));
					});
			return steps;
		});
	}

	/**
	 * Sentences parsed for the parser in the data folder (a fresh folder: by the run).
	 */
	static long parsed(Path dataDir, ScoringSettings settings) {
		return TenorRuns.withDatabase(dataDir,
				jdbc -> jdbc.queryForObject("SELECT COUNT(*) FROM sentence_score WHERE model = ? AND status = 'SCORED'",
						Long.class, settings.sentenceModelKey()));
	}

}

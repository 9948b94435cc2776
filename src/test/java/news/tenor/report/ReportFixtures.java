package news.tenor.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Named data sets for the workbook's tests, stored in a {@link ReportDatabase}. */
final class ReportFixtures {

	static final long JOB_INSTANCE = 7;

	static final LocalDate JAN_12 = LocalDate.of(2026, 1, 12);

	static final LocalDate JAN_13 = LocalDate.of(2026, 1, 13);

	static final LocalDate JAN_14 = LocalDate.of(2026, 1, 14);

	static final String OTHER_MODEL = "corenlp-4.5.10/pcfg/maxlen-80";

	/** A comment long enough to wrap over more lines than a row shows. */
	static final String LONG_COMMENT = ("The minister said many things over the years and most of them were "
			+ "forgotten the next morning, which is how politics works here. ")
		.repeat(8)
		.strip();

	private ReportFixtures() {
	}

	/**
	 * Job instance {@link #JOB_INSTANCE} read four Japan Today articles over three days,
	 * 12 to 14 January 2026, with nothing on the 13th: a politics and a sports article on
	 * the 12th, a politics article and one without category (and without comments) on the
	 * 14th. Twelve comments, eleven scored (one only quotes the article), one with an
	 * unscored sentence and unknown votes; two rejected inputs. The previous three days
	 * hold articles outside the run: a Japan Today politics article with two negative
	 * comments, a sports article scored only with another model, and another newspaper's
	 * article (not compared, as the run read only Japan Today). Another run's article of
	 * the 13th must stay out of the report.
	 */
	static void threeDays(ReportDatabase db) {
		long budget = run(db, db.article("Japan Today", JAN_12, "politics", "Diet passes the budget"));
		scored(db, db.comment(budget, 1, "Good budget. Finally.", "Good budget. Finally.", null, null, 5, 1), 3, 0.45,
				2, 0);
		scored(db, db.comment(budget, 2, "Great news!", "Great news!", null, null, 2, 0), 4, 0.85, 1, 0);
		scored(db, db.comment(budget, 3, "> the budget\nReasonable.", "Reasonable.", "the budget", "article", 1, 1), 3,
				0.30, 1, 0);
		scored(db, db.comment(budget, 4, "Terrible for taxpayers.", "Terrible for taxpayers.", null, null, 0, 4), 1,
				-0.55, 1, 0);

		long cup = run(db, db.article("Japan Today", JAN_12, "sports", "Team wins the cup"));
		scored(db, db.comment(cup, 1, "What a match!", "What a match!", null, null, 3, 0), 4, 0.90, 1, 0);
		scored(db, db.comment(cup, 2, "Deserved.", "Deserved.", null, null, 1, 0), 3, 0.40, 1, 0);
		scored(db, db.comment(cup, 3, "It was fine.", "It was fine.", null, null, 0, 0), 2, 0.0, 1, 0);

		long resigns = run(db, db.article("Japan Today", JAN_14, "politics", "Minister resigns over scandal"));
		scored(db, db.comment(resigns, 1, "Disgraceful.", "Disgraceful.", null, null, 6, 0), 0, -0.90, 1, 0);
		scored(db, db.comment(resigns, 2, "Bad day for the party.", "Bad day for the party.", null, null, 2, 1), 1,
				-0.45, 1, 0);
		scored(db, db.comment(resigns, 3, "Expected this.", "Expected this.", null, null, 0, 0), 1, -0.35, 1, 0);
		db.score(db.comment(resigns, 4, "> Minister resigns", null, "Minister resigns", "article", 1, 0),
				ReportDatabase.MODEL, null, null, 0, 0);
		scored(db, db.comment(resigns, 5, LONG_COMMENT, LONG_COMMENT, null, null, null, null), 2, -0.05, 3, 1);

		run(db, db.article("Japan Today", JAN_14, null, "Weather warning for Tokyo"));

		db.reject(JOB_INSTANCE, "archive/broken.txt", 3, "no title line");
		db.reject(JOB_INSTANCE, "archive/empty.txt", null, "empty file");

		long stall = db.article("Japan Today", LocalDate.of(2026, 1, 10), "politics", "Budget talks stall");
		scored(db, db.comment(stall, 1, "Hopeless.", "Hopeless.", null, null, 0, 0), 1, -0.40, 1, 0);
		scored(db, db.comment(stall, 2, "Same as ever.", "Same as ever.", null, null, 2, 0), 1, -0.50, 1, 0);
		long preview = db.article("Japan Today", LocalDate.of(2026, 1, 11), "sports", "Match preview");
		db.score(db.comment(preview, 1, "Can't wait!", "Can't wait!", null, null, 1, 0), OTHER_MODEL, 4, 0.9, 1, 0);
		long elsewhere = db.article("Other Paper", LocalDate.of(2026, 1, 10), "politics", "Elsewhere");
		scored(db, db.comment(elsewhere, 1, "Lovely.", "Lovely.", null, null, 0, 0), 4, 0.9, 1, 0);
		long old = db.article("Japan Today", LocalDate.of(2026, 1, 8), "politics", "Old news");
		scored(db, db.comment(old, 1, "Awful.", "Awful.", null, null, 0, 0), 0, -0.9, 1, 0);
		long otherRun = db.article("Japan Today", JAN_13, "politics", "Another run's article");
		scored(db, db.comment(otherRun, 1, "Hm.", "Hm.", null, null, 0, 0), 2, 0.0, 1, 0);
		db.addToRun(JOB_INSTANCE + 1, otherRun);
	}

	static RunSummary run() {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("input", "/archive/japan-today");
		parameters.put("max-sentence-tokens", 80L);
		parameters.put("parser", "sr");
		LocalDateTime start = LocalDateTime.of(2026, 1, 15, 6, 0, 0);
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("Articles new", 4L);
		counts.put("Sentences taken from the score cache", 3L);
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("Parser", "sr");
		settings.put("Longest sentence parsed (tokens)", 80L);
		return new RunSummary("tenor", JOB_INSTANCE, 21, 1, parameters, start,
				List.of(new RunSummary.StepTime("ingest", "COMPLETED", start, start.plusSeconds(12)),
						new RunSummary.StepTime("score", "COMPLETED", start.plusSeconds(12), start.plusSeconds(70)),
						new RunSummary.StepTime("report", "STARTED", start.plusSeconds(70), null)),
				counts, settings, Map.of("Tenor", "0.1.0-SNAPSHOT", "Stanford CoreNLP", "4.5.10"));
	}

	private static long run(ReportDatabase db, long articleId) {
		db.addToRun(JOB_INSTANCE, articleId);
		return articleId;
	}

	private static void scored(ReportDatabase db, long commentId, int label, double score, int sentences,
			int unscored) {
		db.score(commentId, ReportDatabase.MODEL, label, score, sentences, unscored);
	}

}

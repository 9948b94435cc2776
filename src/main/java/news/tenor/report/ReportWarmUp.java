package news.tenor.report;

import news.tenor.TenorSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import news.tenor.TenorVersions;
import news.tenor.mentions.RunMentions;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Writes a small workbook from a throwaway in-memory database to nowhere, on a background
 * thread, once per JVM. A JVM that is about to run a job starts it first thing, so that
 * loading the classes of H2, POI (its XML schemas above all) and the report, and their
 * first compilation, happen on the core that is idle while Spring starts and the archive
 * is read, rather than in the report step, which waits for it if it is still going.
 * Nothing of it is kept. Failures are ignored: the report step meets them again and
 * reports them.
 */
public final class ReportWarmUp {

	private static final AtomicBoolean STARTED = new AtomicBoolean();

	/** The warm-up's thread, once started. */
	private static volatile Thread thread;

	/** The warm-up's job name and model (its workbook's log line is left out). */
	static final String NAME = "warm-up";

	private ReportWarmUp() {
	}

	/** Starts the warm-up, unless this JVM started it before. */
	public static void start() {
		if (!STARTED.compareAndSet(false, true)) {
			return;
		}
		Thread warmUp = new Thread(() -> {
			try {
				run(OutputStream.nullOutputStream());
			}
			catch (IOException | RuntimeException ex) {
				// the report step will tell
			}
		}, "tenor-report-warm-up");
		warmUp.setDaemon(true);
		warmUp.setPriority(Thread.MIN_PRIORITY);
		thread = warmUp;
		warmUp.start();
	}

	/**
	 * Waits for a warm-up still under way (a report of a run that found nothing new can
	 * start within a second): the report would load the same classes itself, and two
	 * threads initialising POI's and XMLBeans' classes at once are better avoided.
	 */
	static void await() {
		Thread warmUp = thread;
		if (warmUp != null && warmUp != Thread.currentThread()) {
			try {
				warmUp.join(60_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * Writes the workbook of two articles over two days, with scored comments, a quote
	 * and a reject: enough for every sheet and chart to be drawn.
	 */
	static void run(OutputStream out) throws IOException {
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
				"jdbc:h2:mem:tenor-warm-up-" + UUID.randomUUID(), "sa", "", true);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		try {
			TenorSchema.createH2(dataSource);
			Timestamp now = Timestamp.valueOf(LocalDateTime.now());
			LocalDate day = LocalDate.of(2026, 1, 15);
			for (int a = 1; a <= 2; a++) {
				jdbc.update("INSERT INTO article (id, article_key, content_hash, source, published, category, title, "
						+ "location, first_seen, updated) VALUES (?, ?, ?, 'Warm-up', ?, ?, ?, 'warm-up', ?, ?)", a,
						"key" + a, "hash" + a, day.plusDays(a), a == 1 ? "politics" : "sports", "Article " + a, now,
						now);
				jdbc.update("INSERT INTO run_article (job_instance_id, article_id) VALUES (1, ?)", a);
				for (int c = 1; c <= 3; c++) {
					long id = a * 10L + c;
					jdbc.update("INSERT INTO comment (id, article_id, position, text, own_text, quoted_text, quotes, "
							+ "up_votes, down_votes, net_votes, text_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
							id, a, c, "Quoted words. Own words " + c + ".", "Own words " + c + ".",
							c == 1 ? "Quoted words." : null, c == 1 ? "article" : null, c, 1, c - 1, "text" + id);
					jdbc.update(
							"INSERT INTO comment_score (comment_id, model, label, score, p0, p1, p2, p3, p4, "
									+ "sentences, unscored) VALUES (?, ?, ?, ?, 0.1, 0.2, 0.4, 0.2, 0.1, 1, 0)",
							id, NAME, c + 1, (c - 2) / 2.0);
					// and a person named, so the mentions' sheets and chart are drawn too
					jdbc.update(
							"INSERT INTO mention (comment_id, model, name, type, as_written, mentions, score, "
									+ "label) VALUES (?, ?, 'Warm Up', 'PERSON', 'Warm Up', 1, ?, ?)",
							id, RunMentions.modelKey(NAME), (c - 2) / 2.0, c + 1);
				}
			}
			jdbc.update("INSERT INTO reject (job_instance_id, location, line, reason, rejected_at) "
					+ "VALUES (1, 'warm-up.bin', 1, 'not an article', ?)", now);
			Map<String, Object> settings = new LinkedHashMap<>();
			settings.put("Scoring model", NAME);
			RunSummary run = new RunSummary(NAME, 1, 1, 1, Map.of("input", NAME), LocalDateTime.now(),
					List.of(new RunSummary.StepTime("ingest", "COMPLETED", LocalDateTime.now(), LocalDateTime.now())),
					Map.of("Articles", 2L), settings, TenorVersions.all());
			new ReportWorkbook(new ReportQueries(jdbc)).write(out, ReportScope.of(1, NAME), run);
		}
		finally {
			jdbc.execute("SHUTDOWN");
			dataSource.destroy();
		}
	}

}

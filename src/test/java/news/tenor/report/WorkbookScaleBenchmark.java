package news.tenor.report;

import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import com.sun.management.GarbageCollectionNotificationInfo;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static news.tenor.report.ReportFixtures.JOB_INSTANCE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes the workbook of a run with 500,000 comments in a JVM with a small heap, to show
 * that memory does not grow with the comments (the Comments and Mentions sheets stream;
 * every other comment names one of 2,000 people). Prints rows per second for the workbook
 * and, as the baseline measured in the same JVM, for reading the same rows from H2
 * without writing them, and the most heap in use after a collection.
 *
 * <pre>
 * mvn -Pbench test -Dtest=WorkbookScaleBenchmark [-Dtenor.bench.comments=500000] [-Dtenor.bench.heap=512m]
 * </pre>
 */
class WorkbookScaleBenchmark {

	static final int COMMENTS = Integer.getInteger("tenor.bench.comments", 500_000);

	static final String HEAP = System.getProperty("tenor.bench.heap", "512m");

	/**
	 * More options for the writer JVM, e.g.
	 * {@code -XX:StartFlightRecording=filename=x.jfr}.
	 */
	static final String JVM_OPTIONS = System.getProperty("tenor.bench.jvm", "");

	static final int COMMENTS_PER_ARTICLE = 100;

	static final String[] CATEGORIES = { "politics", "business", "sports", "national", "world", "tech", "crime",
			"entertainment" };

	static final String[] WORDS = ("the government said readers were angry about prices while others praised the "
			+ "plan and a few asked why nobody had thought of it before the election came and went quietly")
		.split(" ");

	@TempDir
	Path folder;

	@Test
	void halfAMillionCommentsWithASmallHeap() throws Exception {
		Path data = this.folder.resolve("data");
		long started = System.nanoTime();
		fill(data, COMMENTS);
		System.out.printf("filled H2 with %,d comments in %.1f s%n", COMMENTS, (System.nanoTime() - started) / 1e9);

		Path workbook = this.folder.resolve("scale.xlsx");
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + HEAP));
		if (!JVM_OPTIONS.isBlank()) {
			command.addAll(List.of(JVM_OPTIONS.strip().split("\\s+")));
		}
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), Writer.class.getName(), data.toString(),
				workbook.toString()));
		Process writer = new ProcessBuilder(command).redirectErrorStream(true).start();
		// through this JVM's System.out, which surefire shows
		try (var lines = writer.inputReader().lines()) {
			lines.forEach(System.out::println);
		}
		assertThat(writer.waitFor(60, TimeUnit.MINUTES)).isTrue();
		assertThat(writer.exitValue()).as("the writer JVM (-Xmx%s) exit code", HEAP).isZero();

		assertThat(commentRows(workbook)).isEqualTo(COMMENTS);
		System.out.printf("workbook: %,d bytes%n", Files.size(workbook));
	}

	/** Writes the workbook in its own JVM, whose heap is the one measured. */
	static final class Writer {

		/** The most heap still in use right after a collection: what the writer holds. */
		private static final AtomicLong liveAfterGc = new AtomicLong();

		public static void main(String[] args) throws Exception {
			Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.filter(pool -> pool.getType() == MemoryType.HEAP)
				.map(MemoryPoolMXBean::getName)
				.collect(Collectors.toSet());
			for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
				((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
					if (notification.getType()
						.equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
						long used = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
							.getGcInfo()
							.getMemoryUsageAfterGc()
							.entrySet()
							.stream()
							.filter(pool -> heapPools.contains(pool.getKey()))
							.mapToLong(pool -> pool.getValue().getUsed())
							.sum();
						liveAfterGc.accumulateAndGet(used, Math::max);
					}
				}, null, null);
			}
			Path data = Path.of(args[0]);
			Path target = Path.of(args[1]);
			try (Connection connection = DriverManager
				.getConnection("jdbc:h2:file:" + data.resolve("tenor").toAbsolutePath(), "sa", "")) {
				ReportQueries queries = new ReportQueries(
						new JdbcTemplate(new SingleConnectionDataSource(connection, true)));
				ReportScope scope = ReportScope.of(JOB_INSTANCE, ReportDatabase.MODEL);

				long started = System.nanoTime();
				long[] rows = { 0 };
				queries.comments(scope, c -> rows[0] += c.text().length() > 0 ? 1 : 0);
				double readSeconds = (System.nanoTime() - started) / 1e9;

				started = System.nanoTime();
				new ReportWorkbook(queries).write(target, scope, ReportFixtures.run(), false);
				double writeSeconds = (System.nanoTime() - started) / 1e9;

				System.out.printf("read only (baseline): %,d comments in %.1f s, %,.0f rows/s%n", rows[0], readSeconds,
						rows[0] / readSeconds);
				System.out.printf("workbook:             %,d comments in %.1f s, %,.0f rows/s (%.1f x the read time)%n",
						rows[0], writeSeconds, rows[0] / writeSeconds, writeSeconds / readSeconds);
				System.out.printf(
						"heap: max %,d MB (-Xmx); most in use right after a collection %,d MB "
								+ "(H2's page cache and old garbage not yet collected included)%n",
						Runtime.getRuntime().maxMemory() >> 20, liveAfterGc.get() >> 20);
			}
		}

	}

	/**
	 * Synthetic articles (one per 100 comments, over a year, eight categories, three
	 * sources) with scored comments of 20 to 80 words, some quoting the article.
	 */
	static void fill(Path data, int comments) throws Exception {
		try (ReportDatabase db = new ReportDatabase(data)) {
			// the schema only
		}
		Random random = new Random(42);
		try (Connection connection = DriverManager
			.getConnection("jdbc:h2:file:" + data.resolve("tenor").toAbsolutePath(), "sa", "")) {
			connection.setAutoCommit(false);
			PreparedStatement article = connection.prepareStatement(
					"INSERT INTO article (id, article_key, content_hash, source, published, category, title, location, "
							+ "first_seen, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
			PreparedStatement run = connection
				.prepareStatement("INSERT INTO run_article (job_instance_id, article_id) VALUES (?, ?)");
			PreparedStatement comment = connection
				.prepareStatement("INSERT INTO comment (id, article_id, position, text, own_text, quoted_text, quotes, "
						+ "up_votes, down_votes, net_votes, text_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
			PreparedStatement score = connection.prepareStatement(
					"INSERT INTO comment_score (comment_id, model, label, score, sentences, unscored) VALUES (?, ?, ?, ?, ?, ?)");
			// every other comment names one of 2,000 people, the first ones far more
			// often
			PreparedStatement mention = connection
				.prepareStatement("INSERT INTO mention (comment_id, model, name, type, as_written, mentions, score, "
						+ "label) VALUES (?, ?, ?, 'PERSON', ?, 1, ?, ?)");
			String mentionModel = news.tenor.mentions.RunMentions.modelKey(ReportDatabase.MODEL);
			Timestamp now = Timestamp.valueOf(LocalDateTime.now());
			LocalDate first = LocalDate.of(2025, 1, 1);
			int articles = (comments + COMMENTS_PER_ARTICLE - 1) / COMMENTS_PER_ARTICLE;
			long commentId = 0;
			for (int a = 1; a <= articles; a++) {
				String key = String.format("%064x", a);
				article.setLong(1, a);
				article.setString(2, key);
				article.setString(3, key);
				article.setString(4, "Paper " + (a % 3 + 1));
				article.setObject(5, first.plusDays(a % 365));
				article.setString(6, CATEGORIES[a % CATEGORIES.length]);
				article.setString(7, "Article " + a + ": " + words(random, 8));
				article.setString(8, "archive/" + a + ".txt");
				article.setTimestamp(9, now);
				article.setTimestamp(10, now);
				article.addBatch();
				run.setLong(1, JOB_INSTANCE);
				run.setLong(2, a);
				run.addBatch();
				int count = (int) Math.min(COMMENTS_PER_ARTICLE, comments - commentId);
				for (int p = 1; p <= count; p++) {
					commentId++;
					String own = words(random, 20 + random.nextInt(60));
					boolean quotes = random.nextInt(5) == 0;
					String quoted = quotes ? words(random, 12) : null;
					int up = random.nextInt(20);
					int down = random.nextInt(10);
					comment.setLong(1, commentId);
					comment.setLong(2, a);
					comment.setInt(3, p);
					comment.setString(4, quotes ? "> " + quoted + "\n" + own : own);
					comment.setString(5, own);
					comment.setString(6, quoted);
					comment.setString(7, quotes ? "article" : null);
					comment.setInt(8, up);
					comment.setInt(9, down);
					comment.setInt(10, up - down);
					comment.setString(11, String.format("%064x", commentId));
					comment.addBatch();
					int label = random.nextInt(5);
					score.setLong(1, commentId);
					score.setString(2, ReportDatabase.MODEL);
					score.setInt(3, label);
					score.setDouble(4, (label - 2) / 2.0 * 0.8 + random.nextDouble() * 0.2 - 0.1);
					score.setInt(5, 1 + own.length() / 120);
					score.setInt(6, 0);
					score.addBatch();
					if (random.nextBoolean()) {
						int person = (int) Math.floor(Math.pow(random.nextDouble(), 3) * 2000);
						double toward = random.nextDouble() * 2 - 1;
						mention.setLong(1, commentId);
						mention.setString(2, mentionModel);
						mention.setString(3, "Person " + person);
						mention.setString(4, "Person " + person);
						mention.setDouble(5, toward);
						mention.setInt(6, (int) Math.min(4, Math.floor((toward + 1) * 2.5)));
						mention.addBatch();
					}
				}
				if (a % 50 == 0 || a == articles) {
					article.executeBatch();
					run.executeBatch();
					comment.executeBatch();
					score.executeBatch();
					mention.executeBatch();
					connection.commit();
				}
			}
		}
	}

	private static String words(Random random, int n) {
		StringBuilder text = new StringBuilder();
		for (int k = 0; k < n; k++) {
			text.append(k == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
		}
		return text.append('.').toString();
	}

	/**
	 * Counts the data rows of the Comments sheet without loading it (StAX over its XML).
	 */
	static long commentRows(Path workbook) throws Exception {
		try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (sheets.hasNext()) {
				try (InputStream in = sheets.next()) {
					if (!sheets.getSheetName().equals("Comments")) {
						continue;
					}
					XMLStreamReader xml = XMLInputFactory.newInstance().createXMLStreamReader(in);
					long rows = 0;
					while (xml.hasNext()) {
						if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
							rows++;
						}
					}
					return rows - 1;
				}
			}
		}
		throw new AssertionError("no Comments sheet");
	}

}

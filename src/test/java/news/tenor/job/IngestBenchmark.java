package news.tenor.job;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import com.zaxxer.hikari.HikariDataSource;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import news.tenor.TenorApplication;
import news.tenor.archive.ArchiveEntry;
import news.tenor.archive.ArchiveWalker;
import news.tenor.archive.CommentWords;
import news.tenor.archive.ParsedEntry;
import news.tenor.archive.generate.ArchiveGenerator;
import news.tenor.run.RunDefinition;
import news.tenor.scoring.ScoringSettings;
import news.tenor.scoring.SentenceSplitter;
import news.tenor.store.TestPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ingests a generated archive with the ingest step of the real job (its Step bean, its
 * reader and writer, the data folder's H2 file behind its own server, as in real runs)
 * and prints articles/s, comments/s and heap, with baselines measured in the same run:
 * reading and parsing alone on one thread and on two, sentence splitting alone and its
 * tokenizer alone. Not a test: run it with
 *
 * <pre>
 * mvn -Pbench test -Dtest=IngestBenchmark [-Dbench.articles=50000] [-Dbench.comments=11]
 *     [-Dbench.shape=folders|gz|zip|tar.gz|jsonl|mixed] [-Dbench.archive=DIR] [-Dtest.heap=-Xmx1g]
 * </pre>
 *
 * The archive is generated under target/bench/ once and reused; what it should yield (its
 * manifest) is checked against H2 after the run.
 */
class IngestBenchmark {

	static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

	@Test
	void ingestAGeneratedArchive() throws Exception {
		int articles = Integer.getInteger("bench.articles", 50_000);
		double commentsPerArticle = Double.parseDouble(System.getProperty("bench.comments", "11"));
		String shape = System.getProperty("bench.shape", "folders");
		Path bench = Path.of("target/bench").toAbsolutePath();
		Path archive = Path.of(System.getProperty("bench.archive",
				bench.resolve("archive-" + articles + "-" + commentsPerArticle + "-" + shape).toString()));
		Properties manifest = generated(archive, articles, commentsPerArticle, shape);
		long expectedArticles = Long.parseLong(manifest.getProperty("articles"));
		long expectedComments = Long.parseLong(manifest.getProperty("comments"));
		long expectedRejects = Long.parseLong(manifest.getProperty("rejects"));
		long entries = Long.parseLong(manifest.getProperty("entries"));
		System.out.printf(Locale.ROOT, "%nArchive %s: %,d entries, %,d articles, %,d comments, %,d rejects, %.0f MB%n",
				archive, entries, expectedArticles, expectedComments, expectedRejects,
				Long.parseLong(manifest.getProperty("bytes")) / 1e6);
		System.out.printf(Locale.ROOT, "JVM: %d processors, max heap %,d MB%n",
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

		// Baseline 1: walk, decode, parse and find quotes, nothing stored; on one thread,
		// then walking on one thread and parsing on two (what the step can reach at
		// best).
		List<String> ownWords = new ArrayList<>();
		long start = System.nanoTime();
		long parsed = parseAlone(archive, ownWords);
		double parseSeconds = seconds(start);
		start = System.nanoTime();
		long parsedOnTwo = parseOnThreads(archive, 2);
		double parseTwoSeconds = seconds(start);
		assertThat(parsedOnTwo).isEqualTo(parsed);

		// each store in turn, in the same JVM after the same baselines: -Dbench.store=h2
		// or
		// postgresql for one
		Map<String, String> side = new LinkedHashMap<>();
		for (String store : System.getProperty("bench.store", "h2,postgresql").split(",")) {
			List<String> arguments = new ArrayList<>(List.of(
					"--tenor.data-dir=" + Files.createDirectories(bench).resolve("data-" + System.currentTimeMillis()),
					// the step runs alone: no score step to load CoreNLP's models for
					"--tenor.scoring.warm-up=false"));
			TestPostgres postgres = null;
			if (store.equals("postgresql")) {
				postgres = TestPostgres.durable();
				arguments.addAll(postgres.options(postgres.newDatabase()));
			}
			System.out.printf(Locale.ROOT, "%n=== %s ===%n", store);
			// the step's settings, to try others: -Dbench.chunk-size=N, -Dbench.threads=N
			for (String setting : List.of("chunk-size", "threads")) {
				String value = System.getProperty("bench." + setting);
				if (value != null) {
					arguments.add("--tenor.ingest." + setting + "=" + value);
				}
			}
			try (ConfigurableApplicationContext context = new SpringApplication(TenorApplication.class)
				.run(arguments.toArray(new String[0]))) {
				// Baseline 2: CoreNLP's tokenizer and sentence splitter alone, on own
				// words.
				SentenceSplitter splitter = context.getBean(SentenceSplitter.class);
				String database = postgres != null
						? context.getBean(HikariDataSource.class).getJdbcUrl()
								+ " (PostgreSQL on this machine, over loopback, default durability)"
						: database(context);
				System.out.printf(Locale.ROOT, "Database: %s%n", database);
				System.out.printf(Locale.ROOT, "Ingest step: chunks of %s entries, %s threads parsing%n",
						context.getEnvironment().getProperty("tenor.ingest.chunk-size"),
						context.getEnvironment().getProperty("tenor.ingest.threads", "all cores' worth of"));
				// warm up the tokenizer before timing it
				ownWords.subList(0, Math.min(2000, ownWords.size())).forEach(splitter::split);
				start = System.nanoTime();
				long sentences = 0;
				for (String words : ownWords) {
					sentences += splitter.split(words).size();
				}
				double splitSeconds = seconds(start);
				// Baseline 2b: CoreNLP's tokenizer alone (the splitter's own settings, no
				// ssplit), on the same words: how much of the splitting is the lexer's
				double tokenizeSeconds = tokenizeAlone(ownWords);
				// Baseline 3: read, parse and split on two threads, as the step's reader
				// does
				start = System.nanoTime();
				assertThat(parseOnThreads(archive, 2, splitter)).isEqualTo(parsed);
				double parseSplitTwoSeconds = seconds(start);

				// The ingest step of the real job, alone, in a one-step job.
				Job ingestOnly = new JobBuilder("ingest-benchmark", context.getBean(JobRepository.class))
					.start(context.getBean("ingest", Step.class))
					.build();
				String loadBefore = loadAverage();
				HeapWatch heap = new HeapWatch();
				Map<Long, Long> threadCpuBefore = HeapWatch.threadCpuNow();
				heap.start();
				ProcessHandle server = ProcessHandle.of(postgres != null ? postgres.pid() : serverPid(context))
					.orElseThrow();
				Duration benchCpu = cpu(ProcessHandle.current());
				Duration serverCpu = serverCpu(server);
				start = System.nanoTime();
				JobExecution execution = context.getBean(JobOperator.class)
					.start(ingestOnly,
							RunDefinition
								.plain(List.of(archive), null, null, ScoringSettings.defaults(), LocalDateTime.now(),
										archive.resolveSibling("unused.xlsx"), false)
								.toJobParameters());
				double ingestSeconds = seconds(start);
				benchCpu = cpu(ProcessHandle.current()).minus(benchCpu);
				serverCpu = serverCpu(server).minus(serverCpu);
				heap.stopWatching();
				assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);

				JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
				long storedArticles = count(jdbc, "SELECT COUNT(*) FROM article");
				long storedComments = count(jdbc, "SELECT COUNT(*) FROM comment");
				long quoting = count(jdbc, "SELECT COUNT(*) FROM comment WHERE quotes IS NOT NULL");
				long rejects = count(jdbc, "SELECT COUNT(*) FROM reject");
				long links = count(jdbc, "SELECT COUNT(*) FROM comment_sentence");
				long distinct = count(jdbc, "SELECT COUNT(*) FROM sentence");

				System.out.printf(Locale.ROOT, "%nIngest step: %.1f s for %,d entries%n", ingestSeconds, entries);
				System.out.printf(Locale.ROOT, "  articles/s   %,10.0f   (%,d articles stored)%n",
						storedArticles / ingestSeconds, storedArticles);
				System.out.printf(Locale.ROOT, "  comments/s   %,10.0f   (%,d comments stored, %,d quoting)%n",
						storedComments / ingestSeconds, storedComments, quoting);
				System.out.printf(Locale.ROOT, "  entries/s    %,10.0f   (%,d rejected)%n", entries / ingestSeconds,
						rejects);
				System.out.printf(Locale.ROOT,
						"  sentences    %,10d   linked, %,d distinct (%.0f%% would be cache hits)%n", links, distinct,
						100.0 * (links - distinct) / Math.max(1, links));
				System.out.printf(Locale.ROOT,
						"  CPU          %10.1f s in this JVM, %.1f s in the database server, of the %.1f s two cores "
								+ "had (the rest went to other processes, or was idle)%n",
						benchCpu.toMillis() / 1e3, serverCpu.toMillis() / 1e3, 2 * ingestSeconds);
				System.out.printf(Locale.ROOT, "  CPU by thread (s): %s%n", heap.cpuByThread(threadCpuBefore));
				System.out.printf(Locale.ROOT, "  load average (1, 5, 15 min): %s before the step, %s after%n",
						loadBefore, loadAverage());
				System.out.printf(Locale.ROOT, "  heap         %,10d MB peak used (sampled every 100 ms), max %,d MB%n",
						heap.peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
				System.out.printf(Locale.ROOT, "  live heap after full GC, every %d s: %s MB%n",
						HeapWatch.GC_EVERY_SECONDS, heap.live.stream().map(b -> Long.toString(b >> 20)).toList());
				double parseRate = parsed / parseSeconds;
				double parseTwoRate = parsedOnTwo / parseTwoSeconds;
				double splitRate = ownWords.size() / splitSeconds;
				System.out.printf(Locale.ROOT, "%nBaselines in the same JVM:%n");
				System.out.printf(Locale.ROOT,
						"  read + parse + quotes alone, 1 thread:  %,8.0f articles/s (ingest step: %.2f of it)%n",
						parseRate, storedArticles / ingestSeconds / parseRate);
				System.out.printf(Locale.ROOT,
						"  read + parse + quotes alone, 2 threads: %,8.0f articles/s (ingest step: %.2f of it)%n",
						parseTwoRate, storedArticles / ingestSeconds / parseTwoRate);
				System.out.printf(Locale.ROOT,
						"  read + parse + quotes + sentences, 2 threads: %,8.0f articles/s (ingest step: %.2f of it)%n",
						parsed / parseSplitTwoSeconds,
						storedArticles / ingestSeconds / (parsed / parseSplitTwoSeconds));
				System.out.printf(Locale.ROOT,
						"  sentence splitting alone, 1 thread:     %,8.0f comments/s, %,.0f sentences/s "
								+ "(estimated %.0f%% of the ingest step)%n",
						splitRate, sentences / splitSeconds, 100.0 * (storedComments / splitRate) / ingestSeconds);
				System.out.printf(Locale.ROOT,
						"    of which CoreNLP's tokenizer alone:  %,8.0f comments/s (%.0f%% of the splitting's time)%n",
						ownWords.size() / tokenizeSeconds, 100.0 * tokenizeSeconds / splitSeconds);

				side.put(store,
						String.format(Locale.ROOT, "| %s | %.1f | %,.0f | %,.0f | %.2f | %.2f | %.1f | %.1f |", store,
								ingestSeconds, storedArticles / ingestSeconds, storedComments / ingestSeconds,
								storedArticles / ingestSeconds / parseTwoRate,
								storedArticles / ingestSeconds / (parsed / parseSplitTwoSeconds),
								benchCpu.toMillis() / 1e3, serverCpu.toMillis() / 1e3));
				assertThat(storedArticles).isEqualTo(expectedArticles);
				assertThat(storedComments).isEqualTo(expectedComments);
				assertThat(rejects).isEqualTo(expectedRejects);
				assertThat(quoting).isGreaterThanOrEqualTo(Long.parseLong(manifest.getProperty("quoting")));
			}
			finally {
				if (!Boolean.getBoolean("bench.keep-data")) {
					deleteData(bench);
				}
			}
		}
		System.out.printf(Locale.ROOT,
				"%n| store | ingest step (s) | articles/s | comments/s | of parsing alone, 2 threads "
						+ "| of parsing and splitting, 2 threads | CPU in Tenor (s) | CPU in the database (s) |%n"
						+ "|---|---|---|---|---|---|---|---|%n");
		side.values().forEach(System.out::println);
	}

	/** Parses every entry on the calling thread; keeps some own words for baseline 2. */
	static long parseAlone(Path archive, List<String> ownWords) {
		long parsed = 0;
		try (ArchiveWalker walker = new ArchiveWalker(archive)) {
			while (walker.hasNext()) {
				try {
					if (ParsedEntry.of(walker.next()) instanceof ParsedEntry.Parsed p) {
						parsed++;
						for (CommentWords words : p.words()) {
							if (words.own() != null && ownWords.size() < 20_000) {
								ownWords.add(words.own());
							}
						}
					}
				}
				catch (ArchiveWalker.Unreadable rejected) {
					// counted by the step below
				}
			}
		}
		return parsed;
	}

	/**
	 * Walks on the calling thread and parses on {@code threads} others, a bounded number
	 * of entries ahead: the most an ingest on this machine can do without storing.
	 */
	static long parseOnThreads(Path archive, int threads) throws InterruptedException {
		return parseOnThreads(archive, threads, null);
	}

	/**
	 * {@link #parseOnThreads(Path, int)}, and when {@code splitter} is given, each
	 * article's own words split into sentences too, as the step's reader does: the most
	 * the step can do on this machine without storing anything.
	 */
	static long parseOnThreads(Path archive, int threads, SentenceSplitter splitter) throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		Semaphore ahead = new Semaphore(256);
		AtomicLong parsed = new AtomicLong();
		try (ArchiveWalker walker = new ArchiveWalker(archive)) {
			while (walker.hasNext()) {
				ArchiveEntry entry;
				try {
					entry = walker.next();
				}
				catch (ArchiveWalker.Unreadable rejected) {
					continue;
				}
				ahead.acquire();
				pool.execute(() -> {
					try {
						if (ParsedEntry.of(entry) instanceof ParsedEntry.Parsed article) {
							if (splitter != null) {
								for (CommentWords words : article.words()) {
									splitter.split(words.own());
								}
							}
							parsed.incrementAndGet();
						}
					}
					finally {
						ahead.release();
					}
				});
			}
		}
		finally {
			pool.shutdown();
			pool.awaitTermination(1, TimeUnit.HOURS);
		}
		return parsed.get();
	}

	/**
	 * The database the step wrote to: the data folder's own server, as in real runs (the
	 * benchmark fails otherwise).
	 */
	static long serverPid(ConfigurableApplicationContext context) throws IOException {
		Path dataDir = Path.of(context.getEnvironment().getProperty("tenor.data-dir"));
		return Files.readAllLines(dataDir.resolve("server.port"))
			.stream()
			.filter(line -> line.startsWith("pid="))
			.map(line -> Long.parseLong(line.substring(4).strip()))
			.findFirst()
			.orElseThrow();
	}

	/** The machine's load average, as uptime shows it. */
	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException ex) {
			return String.format(Locale.ROOT, "%.2f",
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	/** CPU time a process used so far (user and system). */
	static Duration cpu(ProcessHandle process) {
		return process.info().totalCpuDuration().orElse(Duration.ZERO);
	}

	/**
	 * CPU time a database server used so far: PostgreSQL's work is in its backends, the
	 * children of its server process.
	 */
	static Duration serverCpu(ProcessHandle server) {
		return server.descendants().map(IngestBenchmark::cpu).reduce(cpu(server), Duration::plus);
	}

	static String database(ConfigurableApplicationContext context) throws IOException {
		String url = context.getBean(HikariDataSource.class).getJdbcUrl();
		assertThat(url).as("the step writes through the data folder's server, as real runs do")
			.startsWith("jdbc:h2:tcp://127.0.0.1:");
		return url + " (the data folder's DataFolderServer, a JVM of its own: pid " + serverPid(context)
				+ ", over loopback)";
	}

	static Properties generated(Path archive, int articles, double comments, String shape) throws IOException {
		Path manifest = archive.resolve(ArchiveGenerator.MANIFEST);
		if (!Files.exists(manifest)) {
			ArchiveGenerator.Settings d = ArchiveGenerator.Settings.defaults(archive, articles);
			long start = System.nanoTime();
			ArchiveGenerator
				.generate(new ArchiveGenerator.Settings(archive, articles, comments, d.seed(), shape, d.duplicates(),
						d.redeliveries(), d.truncated(), d.resent(), d.legacy(), d.rejects(), d.from(), d.days()));
			System.out.printf(Locale.ROOT, "Generated %s in %.1f s%n", archive, seconds(start));
		}
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(manifest)) {
			properties.load(in);
		}
		return properties;
	}

	static long count(JdbcTemplate jdbc, String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

	/**
	 * Seconds CoreNLP's {@code tokenize} annotator alone takes over the words, one
	 * thread, with {@link SentenceSplitter}'s settings (a blank line is a break, so
	 * newlines are tokens), after a warm-up.
	 */
	private static double tokenizeAlone(List<String> ownWords) {
		Properties properties = new Properties();
		properties.setProperty("annotators", "tokenize");
		properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
		StanfordCoreNLP tokenizer = new StanfordCoreNLP(properties);
		ownWords.subList(0, Math.min(2000, ownWords.size()))
			.forEach(words -> tokenizer.annotate(new Annotation(words)));
		long start = System.nanoTime();
		for (String words : ownWords) {
			tokenizer.annotate(new Annotation(words));
		}
		return seconds(start);
	}

	static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	static void deleteData(Path bench) throws IOException {
		try (Stream<Path> paths = Files.walk(bench)) {
			paths.filter(p -> bench.relativize(p).toString().startsWith("data-"))
				.sorted(Comparator.reverseOrder())
				.forEach(p -> p.toFile().delete());
		}
	}

	/**
	 * Samples the heap while the step runs: the peak of what is used (garbage included),
	 * and now and then what is live after a full collection, which must not grow with the
	 * number of files read.
	 */
	static final class HeapWatch extends Thread {

		static final int GC_EVERY_SECONDS = 20;

		final List<Long> live = new ArrayList<>();

		volatile long peak;

		volatile boolean running = true;

		HeapWatch() {
			super("heap-watch");
			setDaemon(true);
		}

		/** The CPU time of each thread, last seen, by thread id. */
		final Map<Long, Map.Entry<String, Long>> threadCpu = new ConcurrentHashMap<>();

		@Override
		public void run() {
			long lastGc = System.nanoTime();
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			while (this.running) {
				this.peak = Math.max(this.peak, MEMORY.getHeapMemoryUsage().getUsed());
				for (ThreadInfo thread : threads.dumpAllThreads(false, false, 0)) {
					long cpu = threads.getThreadCpuTime(thread.getThreadId());
					if (cpu > 0) {
						this.threadCpu.put(thread.getThreadId(), Map.entry(thread.getThreadName(), cpu));
					}
				}
				if (System.nanoTime() - lastGc > GC_EVERY_SECONDS * 1_000_000_000L) {
					System.gc();
					this.live.add(MEMORY.getHeapMemoryUsage().getUsed());
					lastGc = System.nanoTime();
				}
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		/**
		 * CPU seconds by kind of thread: the step's own, the archive's reader and
		 * parsers.
		 */
		Map<String, Double> cpuByThread(Map<Long, Long> before) {
			Map<String, Double> seconds = new TreeMap<>();
			this.threadCpu.forEach((id, seen) -> {
				String kind = seen.getKey().replaceAll("-\\d+$", "-N");
				seconds.merge(kind, (seen.getValue() - before.getOrDefault(id, 0L)) / 1e9, Double::sum);
			});
			seconds.values().removeIf(cpu -> cpu < 0.5);
			return seconds;
		}

		/** The CPU time of every thread now, by id. */
		static Map<Long, Long> threadCpuNow() {
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			Map<Long, Long> now = new HashMap<>();
			for (long id : threads.getAllThreadIds()) {
				now.put(id, Math.max(0, threads.getThreadCpuTime(id)));
			}
			return now;
		}

		void stopWatching() throws InterruptedException {
			this.running = false;
			join();
			System.gc();
			this.live.add(MEMORY.getHeapMemoryUsage().getUsed());
		}

	}

}

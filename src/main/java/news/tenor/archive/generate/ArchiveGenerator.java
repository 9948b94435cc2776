package news.tenor.archive.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import news.tenor.archive.Article;
import news.tenor.archive.Comment;
import news.tenor.archive.generate.ArchiveFormat.Encoding;
import news.tenor.archive.generate.ArchiveSink.Delivery;
import news.tenor.archive.generate.ArchiveSink.Shape;
import news.tenor.archive.generate.ArticleGenerator.Generated;

/**
 * Generates an archive of articles and comments for scale tests and benchmarks (README,
 * "Generated archives"). The same seed and settings give the same archive, byte for byte.
 * Besides well-formed files in every variant of the format, it writes what real archives
 * hold: the same article under two names, later deliveries of an article with more
 * comments and new votes, files cut short, legacy Windows-1252 files, CRLF/CR line ends,
 * BOMs, and files that are not articles. What the ingest step should make of it is
 * written next to it, in {@code .tenor-generated.properties} (hidden: the ingest step
 * skips it).
 *
 * <pre>
 * java -cp target/tenor.jar:target/lib/* news.tenor.archive.generate.ArchiveGenerator \
 *     --output /tmp/archive --articles 50000 [--comments 11] [--seed 1] [--shape folders]
 * </pre>
 */
public final class ArchiveGenerator {

	public static final String MANIFEST = ".tenor-generated.properties";

	/**
	 * What to generate. Rates are per article.
	 *
	 * @param comments mean comments per article (of the latest copy)
	 * @param duplicates share of articles also delivered under a second file name
	 * @param redeliveries share delivered again later, with more comments and new votes
	 * @param truncated share whose only copy is cut inside its last comment
	 * @param resent share also delivered as a copy cut anywhere after the title
	 * @param legacy share of files written in Windows-1252 (when the text allows)
	 * @param rejects non-article files per article (empty, binary, random text, ...)
	 * @param hostile extra files per article of the kinds issue 16 found
	 * ({@link HostileFiles}): unreadable vote lines, an over-long title, a date centuries
	 * off, JSON of the wrong types, a tarball of ./ names, a zip member that climbs out
	 */
	public record Settings(Path output, int articles, double comments, long seed, String shape, double duplicates,
			double redeliveries, double truncated, double resent, double legacy, double rejects, LocalDate from,
			int days, double hostile) {

		/** Without hostile files. */
		public Settings(Path output, int articles, double comments, long seed, String shape, double duplicates,
				double redeliveries, double truncated, double resent, double legacy, double rejects, LocalDate from,
				int days) {
			this(output, articles, comments, seed, shape, duplicates, redeliveries, truncated, resent, legacy, rejects,
					from, days, 0);
		}

		public static Settings defaults(Path output, int articles) {
			return new Settings(output, articles, 11, 1, "folders", 0.02, 0.05, 0.01, 0.01, 0.03, 0.002,
					LocalDate.of(2025, 1, 1), 365, 0);
		}

		public Settings withShape(String shape) {
			return new Settings(this.output, this.articles, this.comments, this.seed, shape, this.duplicates,
					this.redeliveries, this.truncated, this.resent, this.legacy, this.rejects, this.from, this.days,
					this.hostile);
		}

		public Settings withSeed(long seed) {
			return new Settings(this.output, this.articles, this.comments, seed, this.shape, this.duplicates,
					this.redeliveries, this.truncated, this.resent, this.legacy, this.rejects, this.from, this.days,
					this.hostile);
		}

		public Settings withHostile(double hostile) {
			return new Settings(this.output, this.articles, this.comments, this.seed, this.shape, this.duplicates,
					this.redeliveries, this.truncated, this.resent, this.legacy, this.rejects, this.from, this.days,
					hostile);
		}

	}

	/**
	 * What was generated, and what the ingest step should store from it.
	 *
	 * @param entries what the archive walker will read: files, members, JSON lines
	 * @param articles distinct articles (each stored once)
	 * @param comments comments of the latest copies (each stored once)
	 * @param quoting comments that open with a quote of the article or an earlier
	 * comment, or are one (the quote detector finds at least these)
	 * @param rejects entries that are not articles
	 * @param notes stored comments and articles with a note (votes unknown, a field cut)
	 * @param hostile hostile files written ({@link Settings#hostile})
	 */
	public record Summary(long entries, long articles, long comments, long quoting, long rejects, long duplicates,
			long redeliveries, long truncated, long resent, long legacy, long bytes, long notes, long hostile) {

		Map<String, Long> asMap() {
			Map<String, Long> map = new LinkedHashMap<>();
			map.put("entries", this.entries);
			map.put("articles", this.articles);
			map.put("comments", this.comments);
			map.put("quoting", this.quoting);
			map.put("rejects", this.rejects);
			map.put("duplicates", this.duplicates);
			map.put("redeliveries", this.redeliveries);
			map.put("truncated", this.truncated);
			map.put("resent", this.resent);
			map.put("legacy", this.legacy);
			map.put("bytes", this.bytes);
			map.put("notes", this.notes);
			map.put("hostile", this.hostile);
			return map;
		}

	}

	private final Settings settings;

	private final ArticleGenerator generator;

	private final ArchiveSink sink;

	private final HostileFiles hostile;

	private final Set<Long> identities = new HashSet<>();

	private long articles;

	private long comments;

	private long quoting;

	private long rejects;

	private long duplicates;

	private long redeliveries;

	private long truncated;

	private long resent;

	private long legacy;

	private LocalDate day;

	private int inDay;

	private ArchiveGenerator(Settings settings, ArchiveSink sink) {
		this.settings = settings;
		this.generator = new ArticleGenerator(settings.comments());
		this.sink = sink;
		this.hostile = new HostileFiles(sink, this.generator);
	}

	public static Summary generate(Settings settings) throws IOException {
		Files.createDirectories(settings.output());
		Summary summary;
		try (ArchiveSink sink = new ArchiveSink(settings.output(), Shape.of(settings.shape()))) {
			ArchiveGenerator generator = new ArchiveGenerator(settings, sink);
			for (int i = 0; i < settings.articles(); i++) {
				generator.article(i);
			}
			summary = generator.summary();
		}
		StringBuilder manifest = new StringBuilder("# What the ingest step should store from this archive\n");
		manifest.append("seed=").append(settings.seed()).append("\nshape=").append(settings.shape()).append('\n');
		summary.asMap().forEach((key, value) -> manifest.append(key).append('=').append(value).append('\n'));
		Files.writeString(settings.output().resolve(MANIFEST), manifest, StandardCharsets.ISO_8859_1);
		return summary;
	}

	private Summary summary() {
		HostileFiles.Tally h = this.hostile.tally();
		return new Summary(this.sink.entries() + h.extraEntries, this.articles + h.articles, this.comments + h.comments,
				this.quoting + h.quoting, this.rejects + h.rejects, this.duplicates, this.redeliveries, this.truncated,
				this.resent, this.legacy, this.sink.bytes(), h.notes, h.files);
	}

	private void article(int index) throws IOException {
		SplittableRandom random = new SplittableRandom(this.settings.seed() * 0x9E3779B97F4A7C15L + index);
		LocalDate date = this.settings.from().plusDays((long) index * this.settings.days() / this.settings.articles());
		if (!date.equals(this.day)) {
			this.day = date;
			this.inDay = 0;
		}
		String source = Vocabulary.pick(random, Vocabulary.SOURCES);
		String title;
		do {
			title = this.generator.title(random);
		}
		while (!this.identities.add(identityHash(source, date, title)));
		boolean later = random.nextDouble() < this.settings.redeliveries();
		Generated article = this.generator.article(random, date, source, title, later ? 1 + random.nextInt(5) : 0);
		boolean cutOnly = !later && cuttable(article.first()) && random.nextDouble() < this.settings.truncated();
		this.articles++;
		this.comments += article.last().comments().size();
		this.quoting += article.quoting() - (cutOnly && article.lastQuotes() ? 1 : 0);

		String name = fileName(random);
		int cut = cutOnly ? cutInLastComment(random, article.first()) : -1;
		this.truncated += cutOnly ? 1 : 0;
		write(Delivery.FIRST, date, name, article.first(), random, cut);
		if (random.nextDouble() < this.settings.duplicates()) {
			// the same copy under another name, maybe with other line ends or encoding
			this.duplicates++;
			write(Delivery.FIRST, date, fileName(random), article.first(), random, cut);
		}
		if (later) {
			this.redeliveries++;
			write(Delivery.LATER, date, name, article.last(), random, -1);
		}
		if (!cutOnly && random.nextDouble() < this.settings.resent()) {
			this.resent++;
			Article copy = random.nextBoolean() ? article.first() : article.last();
			write(Delivery.RESENT, date, name, copy, random, cutAfterTitle(random, copy));
		}
		if (random.nextDouble() < this.settings.rejects()) {
			this.rejects++;
			notAnArticle(random, date, source);
		}
		if (this.settings.hostile() > 0) {
			// a random source of its own: without hostile files, the archive is what it
			// was
			SplittableRandom hostile = new SplittableRandom(this.settings.seed() * 0xD1B54A32D192ED03L + index);
			if (hostile.nextDouble() < this.settings.hostile()) {
				this.hostile.write(hostile, date, source, () -> uniqueTitle(hostile, source, date),
						() -> fileName(hostile));
			}
		}
	}

	/** A title no other article of the source has that day. */
	private String uniqueTitle(SplittableRandom random, String source, LocalDate date) {
		String title;
		do {
			title = this.generator.title(random);
		}
		while (!this.identities.add(identityHash(source, date, title)));
		return title;
	}

	/** Writes a copy, cut at {@code cut} characters of its text when not negative. */
	private void write(Delivery delivery, LocalDate date, String name, Article article, SplittableRandom random,
			int cut) throws IOException {
		if (this.sink.shapeOf(date) == Shape.JSONL) {
			Article copy = article;
			if (cut >= 0) {
				// JSON cannot be cut and stay JSON: its last comment loses its votes
				copy = withoutLastVotes(article);
			}
			this.sink.jsonLine(delivery, date, ArchiveFormat.jsonLine(copy));
			return;
		}
		String text = ArchiveFormat.text(article);
		Encoding encoding = encoding(random, text);
		this.legacy += encoding == Encoding.WINDOWS_1252_CRLF ? 1 : 0;
		byte[] bytes;
		if (cut < 0) {
			bytes = ArchiveFormat.bytes(text, encoding);
		}
		else {
			bytes = ArchiveFormat.bytes(text.substring(0, cut), encoding);
			if (encoding != Encoding.WINDOWS_1252_CRLF && cut < text.length() && text.charAt(cut) > 0x7F
					&& random.nextBoolean()) {
				// cut in the middle of a character: keep the first byte of it
				byte[] next = text.substring(cut, cut + 1).getBytes(StandardCharsets.UTF_8);
				byte[] longer = new byte[bytes.length + 1];
				System.arraycopy(bytes, 0, longer, 0, bytes.length);
				longer[bytes.length] = next[0];
				bytes = longer;
			}
		}
		this.sink.file(delivery, date, name, bytes);
	}

	private Encoding encoding(SplittableRandom random, String text) {
		double r = random.nextDouble();
		double legacy = this.settings.legacy();
		if (r < legacy) {
			return ArchiveFormat.fitsWindows1252(text) ? Encoding.WINDOWS_1252_CRLF : Encoding.UTF8_CRLF;
		}
		return r < legacy + 0.04 ? Encoding.UTF8_BOM
				: r < legacy + 0.14 ? Encoding.UTF8_CRLF : r < legacy + 0.15 ? Encoding.UTF8_CR : Encoding.UTF8;
	}

	/**
	 * Whether a cut in the last comment leaves it recognisable (README, "Archive
	 * format"): a file without credit lines whose only comment is cut has no line that
	 * tells its body from that comment, and the comment is read as body.
	 */
	private static boolean cuttable(Article article) {
		return article.comments().size() > 1
				|| (article.comments().size() == 1 && (article.agency() != null || article.publisher() != null));
	}

	/** A cut inside the last comment's first paragraph, after at least one letter. */
	private static int cutInLastComment(SplittableRandom random, Article article) {
		String text = ArchiveFormat.text(article);
		int start = ArchiveFormat.text(withoutLastComment(article)).length();
		String first = article.comments().get(article.comments().size() - 1).paragraphs().get(0);
		int cut = start + 1 + random.nextInt(Math.max(1, first.length() - 1));
		while (cut < text.length() && text.substring(start, cut).codePoints().noneMatch(Character::isLetter)) {
			cut++;
		}
		return Math.min(cut, text.length() - 1);
	}

	/** A cut anywhere after the title (which must survive: it names the article). */
	private static int cutAfterTitle(SplittableRandom random, Article article) {
		String text = ArchiveFormat.text(article);
		int afterTitle = text.indexOf("\n" + article.title() + "\n\n") + article.title().length() + 3;
		return afterTitle + random.nextInt(Math.max(1, text.length() - 2 - afterTitle));
	}

	private static Article withoutLastComment(Article article) {
		List<Comment> comments = article.comments();
		return withComments(article, comments.subList(0, comments.size() - 1));
	}

	private static Article withoutLastVotes(Article article) {
		List<Comment> comments = new ArrayList<>(article.comments());
		if (!comments.isEmpty()) {
			Comment last = comments.remove(comments.size() - 1);
			comments.add(new Comment(last.position(), last.paragraphs(), null));
		}
		return withComments(article, comments);
	}

	private static Article withComments(Article a, List<Comment> comments) {
		return new Article(a.source(), a.published(), a.category(), a.title(), a.dateline(), a.caption(), a.body(),
				a.agency(), a.publisher(), comments);
	}

	private String fileName(SplittableRandom random) {
		return String.format("%03d_%016x.txt", this.inDay++, random.nextLong());
	}

	/** An entry that is not an article, of a kind real archives hold. */
	private void notAnArticle(SplittableRandom random, LocalDate date, String source) throws IOException {
		int kind = random.nextInt(6);
		if (this.sink.shapeOf(date) == Shape.JSONL) {
			String[] lines = { "not json at all", "{\"source\": \"" + source + "\", \"title\": \"cut sh",
					"{\"source\": \"" + source + "\", \"title\": \"No date\"}", "[1, 2, 3]",
					"{\"source\": \"" + source + "\", \"published\": \"" + date + "\"}", "{\"title\": 42}" };
			this.sink.jsonLine(Delivery.FIRST, date, lines[kind]);
			return;
		}
		byte[] bytes;
		String name;
		switch (kind) {
			case 0 -> {
				name = "empty.txt";
				bytes = new byte[0];
			}
			case 1 -> {
				name = "photo.jpg";
				bytes = new byte[512 + random.nextInt(2048)];
				for (int i = 0; i < bytes.length; i++) {
					bytes[i] = (byte) random.nextInt(256);
				}
				bytes[0] = (byte) 0xFF;
				bytes[1] = (byte) 0xD8;
				bytes[2] = 0;
			}
			case 2 -> {
				name = "notes.txt";
				bytes = ("Reminder: ask the desk about " + Vocabulary.pick(random, Vocabulary.WORDS.get("topic"))
						+ ".\nCall back before noon.\n")
					.getBytes(StandardCharsets.UTF_8);
			}
			case 3 -> {
				name = "header-only.txt";
				bytes = (" date " + date + "  " + source + "\n").getBytes(StandardCharsets.UTF_8);
			}
			case 4 -> {
				name = "index.html";
				bytes = "<!DOCTYPE html>\n<html><head><title>Archive</title></head><body></body></html>\n"
					.getBytes(StandardCharsets.UTF_8);
			}
			default -> {
				// UTF-8 with a Windows-1252 byte pasted in: no encoding reads it whole
				name = "mixed-encoding.txt";
				byte[] head = (" date " + date + "  " + source + "\n\nZ\u00FCrich caf")
					.getBytes(StandardCharsets.UTF_8);
				byte[] tail = " reopens\n\nBody.\n".getBytes(StandardCharsets.UTF_8);
				bytes = new byte[head.length + 1 + tail.length];
				System.arraycopy(head, 0, bytes, 0, head.length);
				bytes[head.length] = (byte) 0xE9;
				System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
			}
		}
		this.sink.file(Delivery.FIRST, date, String.format("%03d_%s", this.inDay++, name), bytes);
	}

	private static long identityHash(String source, LocalDate date, String title) {
		String identity = new Article(source, date, null, title, null, null, List.of(), null, null, List.of())
			.identity();
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < identity.length(); i++) {
			hash = (hash ^ identity.charAt(i)) * 0x100000001b3L;
		}
		return hash;
	}

	public static void main(String[] args) throws IOException {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) {
				System.err.println("usage: ArchiveGenerator --output DIR [--articles N] [--comments MEAN] [--seed S]"
						+ " [--shape folders|gz|zip|tar.gz|jsonl|mixed] [--duplicates R] [--redeliveries R]"
						+ " [--truncated R] [--resent R] [--legacy R] [--rejects R] [--hostile R] [--from YYYY-MM-DD]"
						+ " [--days N]");
				System.exit(2);
			}
			options.put(args[i].substring(2), args[++i]);
		}
		if (!options.containsKey("output")) {
			System.err.println("ArchiveGenerator: --output DIR is required");
			System.exit(2);
		}
		Settings d = Settings.defaults(Path.of(options.get("output")),
				Integer.parseInt(options.getOrDefault("articles", "1000")));
		Settings settings = new Settings(d.output(), d.articles(), number(options, "comments", d.comments()),
				Long.parseLong(options.getOrDefault("seed", Long.toString(d.seed()))),
				options.getOrDefault("shape", d.shape()), number(options, "duplicates", d.duplicates()),
				number(options, "redeliveries", d.redeliveries()), number(options, "truncated", d.truncated()),
				number(options, "resent", d.resent()), number(options, "legacy", d.legacy()),
				number(options, "rejects", d.rejects()),
				options.containsKey("from") ? LocalDate.parse(options.get("from")) : d.from(),
				Integer.parseInt(options.getOrDefault("days", Integer.toString(d.days()))),
				number(options, "hostile", d.hostile()));
		long start = System.nanoTime();
		Summary summary = generate(settings);
		System.out.printf(Locale.ROOT, "Generated %s in %.1f s%n", settings.output(),
				(System.nanoTime() - start) / 1e9);
		summary.asMap().forEach((key, value) -> System.out.printf(Locale.ROOT, "  %-13s %,d%n", key, value));
	}

	private static double number(Map<String, String> options, String name, double fallback) {
		return options.containsKey(name) ? Double.parseDouble(options.get(name)) : fallback;
	}

}

package news.tenor.mentions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.tenor.archive.ArchiveEntry;
import news.tenor.archive.Article;
import news.tenor.archive.CommentWords;
import news.tenor.archive.ParsedEntry;
import news.tenor.archive.generate.ArchiveGenerator;
import news.tenor.scoring.ParserChoice;
import news.tenor.scoring.SentenceSplitter;
import news.tenor.scoring.SentimentPipeline;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What mentions cost the score step's CPU: CoreNLP's parse and sentiment model alone
 * against the same with the named-entity recogniser on the same tokens, per sentence, on
 * the SST test sentences ({@code ../shared/eval-data/sst}, or {@code -Dtenor.sst=DIR})
 * and on the comments of a generated archive; on the generated archive also per article,
 * where mentions add the recogniser alone on the title, caption and body (never parsed).
 * One thread; the two are measured in alternating blocks of the same sentences after a
 * warm-up pass, so that a machine shared with others slows both alike. Also the model's
 * load time and heap, and the recogniser alone (an existing data folder turning mentions
 * on).
 *
 * <pre>
 * mvn -Pbench test -Dtest=MentionCostBenchmark [-Dtenor.bench.passes=3] [-Dtenor.bench.articles=150]
 * </pre>
 */
class MentionCostBenchmark {

	private static final int BLOCK = 25;

	private final SentimentPipeline pipeline = SentimentPipeline.get(ParserChoice.SR);

	private final SentenceSplitter splitter = new SentenceSplitter();

	private final int passes = Integer.getInteger("tenor.bench.passes", 3);

	@Test
	void mentionsCostAtMostAQuarterMoreThanTheParse(@TempDir Path scratch) throws IOException {
		long before = usedHeap();
		long start = System.nanoTime();
		EntityRecogniser recogniser = EntityRecogniser.get();
		long loadMillis = (System.nanoTime() - start) / 1_000_000;
		long heap = usedHeap() - before;
		System.out.printf(Locale.ROOT, "NER model %s: loaded in %d ms, %d MB of heap%n", EntityRecogniser.MODEL,
				loadMillis, heap / (1024 * 1024));

		List<String> sst = sstTest();
		double sstRatio = perSentence("SST test sentences", sst, recogniser);

		List<Article> articles = generated(scratch.resolve("generated"),
				Integer.getInteger("tenor.bench.articles", 150));
		List<List<String>> commentSentences = new ArrayList<>();
		List<List<String>> articleSentences = new ArrayList<>();
		Set<String> distinct = new LinkedHashSet<>();
		for (Article article : articles) {
			List<String> comments = new ArrayList<>();
			for (news.tenor.archive.Comment comment : article.comments()) {
				for (String paragraph : comment.paragraphs()) {
					this.splitter.split(paragraph).forEach((s) -> comments.add(s.text()));
				}
			}
			commentSentences.add(comments);
			distinct.addAll(comments);
			List<String> text = new ArrayList<>();
			List<String> parts = new ArrayList<>();
			parts.add(article.title());
			if (article.caption() != null) {
				parts.add(article.caption());
			}
			parts.addAll(article.body());
			for (String part : parts) {
				this.splitter.split(part).forEach((s) -> text.add(s.text()));
			}
			articleSentences.add(text);
		}
		double generatedRatio = perSentence("generated comments", new ArrayList<>(distinct), recogniser);
		double articleRatio = perArticle(commentSentences, articleSentences, recogniser);
		System.out.printf(Locale.ROOT,
				"ratios (target <= 1.25): SST %.3f, generated comments %.3f, generated articles %.3f%n", sstRatio,
				generatedRatio, articleRatio);
		assertThat(sstRatio).isPositive();
	}

	/** Parse alone against parse and NER in one pass, then NER alone, per sentence. */
	private double perSentence(String name, List<String> sentences, EntityRecogniser recogniser) {
		// warm-up: both ways once
		for (String sentence : sentences) {
			this.pipeline.analyse(sentence, 80);
			this.pipeline.analyse(sentence, 80, recogniser::recognise);
		}
		long parse = 0;
		long both = 0;
		long alone = 0;
		long tokens = 0;
		long mentions = 0;
		for (int pass = 0; pass < this.passes; pass++) {
			for (int from = 0; from < sentences.size(); from += BLOCK) {
				List<String> block = sentences.subList(from, Math.min(sentences.size(), from + BLOCK));
				boolean parseFirst = (from / BLOCK + pass) % 2 == 0;
				if (parseFirst) {
					parse += timeParse(block);
				}
				long t = System.nanoTime();
				for (String sentence : block) {
					SentimentPipeline.Tagged<SentenceMentions> tagged = this.pipeline.analyse(sentence, 80,
							recogniser::recognise);
					if (pass == 0) {
						tokens += tagged.tags().tokens();
						mentions += tagged.tags().mentions().size();
					}
				}
				both += System.nanoTime() - t;
				if (!parseFirst) {
					parse += timeParse(block);
				}
				t = System.nanoTime();
				for (String sentence : block) {
					recogniser.recognise(sentence);
				}
				alone += System.nanoTime() - t;
			}
		}
		double n = (double) sentences.size() * this.passes;
		System.out.printf(Locale.ROOT,
				"%s: %d sentences (%.1f tokens, %.2f mentions each), %d passes: parse %.0f us/sentence, parse + NER %.0f us,"
						+ " NER alone %.0f us (%.1f us/token); parse + NER / parse %.3f%n",
				name, sentences.size(), tokens / (double) sentences.size(), mentions / (double) sentences.size(),
				this.passes, parse / n / 1e3, both / n / 1e3, alone / n / 1e3,
				alone / (n * tokens / sentences.size()) / 1e3, (double) both / parse);
		return (double) both / parse;
	}

	private long timeParse(List<String> block) {
		long t = System.nanoTime();
		for (String sentence : block) {
			this.pipeline.analyse(sentence, 80);
		}
		return System.nanoTime() - t;
	}

	/**
	 * Per article: the comments parsed, against the comments parsed and tagged and the
	 * article's own text tagged without parsing.
	 */
	private double perArticle(List<List<String>> comments, List<List<String>> articleText,
			EntityRecogniser recogniser) {
		long parse = 0;
		long mentions = 0;
		long articleOnly = 0;
		int sentences = 0;
		int textSentences = 0;
		for (int pass = 0; pass < this.passes; pass++) {
			for (int a = 0; a < comments.size(); a++) {
				boolean parseFirst = (a + pass) % 2 == 0;
				if (parseFirst) {
					parse += timeParse(comments.get(a));
				}
				long t = System.nanoTime();
				for (String sentence : comments.get(a)) {
					this.pipeline.analyse(sentence, 80, recogniser::recognise);
				}
				long u = System.nanoTime();
				for (String sentence : articleText.get(a)) {
					recogniser.recognise(sentence);
				}
				long v = System.nanoTime();
				mentions += v - t;
				articleOnly += v - u;
				if (!parseFirst) {
					parse += timeParse(comments.get(a));
				}
				if (pass == 0) {
					sentences += comments.get(a).size();
					textSentences += articleText.get(a).size();
				}
			}
		}
		System.out.printf(Locale.ROOT,
				"generated articles: %d, %d comment sentences and %d title, caption and body sentences: comments parsed"
						+ " %.1f ms/article, with mentions %.1f ms (of which the article's text %.1f ms); ratio %.3f%n",
				comments.size(), sentences, textSentences, parse / 1e6 / this.passes / comments.size(),
				mentions / 1e6 / this.passes / comments.size(), articleOnly / 1e6 / this.passes / comments.size(),
				(double) mentions / parse);
		return (double) mentions / parse;
	}

	private static long usedHeap() {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static List<String> sstTest() throws IOException {
		Path folder = Path.of(System.getProperty("tenor.sst", "../shared/eval-data/sst")).toAbsolutePath().normalize();
		List<String> sentences = new ArrayList<>();
		for (String line : Files.readAllLines(folder.resolve("sst_test.txt"), StandardCharsets.UTF_8)) {
			sentences.add(line.split("\t", 2)[1]);
		}
		return sentences;
	}

	/** A generated archive's articles (seed 13, no rejects or copies). */
	private static List<Article> generated(Path folder, int count) throws IOException {
		ArchiveGenerator.generate(new ArchiveGenerator.Settings(folder, count, 11, 13, "folders", 0, 0, 0, 0, 0, 0,
				LocalDate.of(2026, 1, 1), 30));
		List<Article> articles = new ArrayList<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				if (file.getFileName().toString().startsWith(".")) {
					continue;
				}
				ParsedEntry entry = ParsedEntry
					.of(new ArchiveEntry(file.getFileName().toString(), Files.readAllBytes(file), false, 1));
				if (entry instanceof ParsedEntry.Parsed parsed) {
					articles.add(withOwnWords(parsed));
				}
			}
		}
		return articles;
	}

	/**
	 * The article with each comment's own words in place of its text, as the job scores.
	 */
	private static Article withOwnWords(ParsedEntry.Parsed parsed) {
		Article a = parsed.article();
		List<news.tenor.archive.Comment> comments = new ArrayList<>();
		for (int i = 0; i < a.comments().size(); i++) {
			CommentWords words = parsed.words().get(i);
			news.tenor.archive.Comment c = a.comments().get(i);
			comments.add(new news.tenor.archive.Comment(c.position(),
					words.hasOwnWords() ? List.of(words.own()) : List.of(), c.votes(), c.note()));
		}
		return new Article(a.source(), a.published(), a.category(), a.title(), a.dateline(), a.caption(), a.body(),
				a.agency(), a.publisher(), comments, a.note());
	}

}

package news.tenor.cluster;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * A small JSON Lines archive of readers' comments, built from seeded templates so that
 * every sentence is a plausible English comment and nearly all are distinct (the score
 * cache does not hide the parsing work).
 */
final class CommentFixture {

	private static final List<String> OPENERS = List.of("", "Honestly, ", "Frankly, ", "I think ", "Sadly, ",
			"Great news: ", "To be fair, ", "As usual, ", "Once again ", "Surprisingly, ");

	private static final List<String> SUBJECTS = List.of("the minister", "this government", "the new policy",
			"our mayor", "the opposition", "the company", "the national team", "the city council", "the central bank",
			"the school board", "the prime minister", "the police");

	private static final List<String> VERBS = List.of("has done a great job with", "completely failed on",
			"should apologise for", "deserves credit for", "keeps lying about", "is quietly improving",
			"wasted our money on", "finally got it right on", "made a mess of", "was brave about");

	private static final List<String> OBJECTS = List.of("the budget", "public transport", "the alliance",
			"housing prices", "the schools", "defense spending", "the floods", "the new stadium", "rural hospitals",
			"the pension reform", "tourism", "the rice harvest");

	private static final List<String> ENDINGS = List.of(".", " again.", " this year.", ", and everyone knows it.",
			", which is sad.", "!", ", as far as I can tell.", " for once.");

	private CommentFixture() {
	}

	/**
	 * Writes {@code articles} articles with 1-4 comments of 1-3 sentences each; returns
	 * the sentence count.
	 */
	static int write(Path file, int articles, long seed) throws IOException {
		Random random = new Random(seed);
		int sentences = 0;
		Files.createDirectories(file.getParent());
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (int a = 0; a < articles; a++) {
				StringBuilder line = new StringBuilder();
				line.append("{\"source\":\"Cluster Daily\",\"published\":\"")
					.append(LocalDate.of(2026, 1, 1).plusDays(a % 28))
					.append("\",\"category\":\"politics\",\"title\":\"Article ")
					.append(a)
					.append(" of the cluster test\",\"body\":[\"A short report on the day's events.\"],\"comments\":[");
				int comments = 1 + random.nextInt(4);
				for (int c = 0; c < comments; c++) {
					StringBuilder text = new StringBuilder();
					int n = 1 + random.nextInt(3);
					for (int s = 0; s < n; s++) {
						String sentence = pick(random, OPENERS) + pick(random, SUBJECTS) + " " + pick(random, VERBS)
								+ " " + pick(random, OBJECTS) + pick(random, ENDINGS);
						text.append(s == 0 ? "" : " ")
							.append(Character.toUpperCase(sentence.charAt(0)))
							.append(sentence.substring(1));
					}
					sentences += n;
					int up = random.nextInt(6);
					int down = random.nextInt(4);
					line.append(c == 0 ? "" : ",")
						.append("{\"text\":\"")
						.append(text)
						.append("\",\"up\":")
						.append(up)
						.append(",\"down\":")
						.append(down)
						.append('}');
				}
				line.append("]}\n");
				out.write(line.toString());
			}
		}
		return sentences;
	}

	private static String pick(Random random, List<String> options) {
		return options.get(random.nextInt(options.size()));
	}

}

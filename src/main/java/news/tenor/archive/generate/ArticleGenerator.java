package news.tenor.archive.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import news.tenor.archive.Article;
import news.tenor.archive.Comment;
import news.tenor.archive.VoteCount;

import static news.tenor.archive.generate.Vocabulary.pick;

/**
 * Makes one article with its comments from a seed, so that article N of a seed is the
 * same whatever else is generated. Comments open with a quote of the article or of an
 * earlier comment, run over several paragraphs, carry links, Japanese, emoji and curly
 * quotes, at the rates below (chosen to look like the comment sections of an
 * English-language news site in Japan, the sample archive's source).
 */
final class ArticleGenerator {

	/** Share of comments that open by quoting the article. */
	static final double QUOTE_ARTICLE = 0.09;

	/** Share of comments that open by quoting an earlier comment. */
	static final double QUOTE_COMMENT = 0.04;

	/** Share of comments that are only a quote, or only links. */
	static final double QUOTE_ONLY = 0.005;

	static final double LINKS_ONLY = 0.005;

	/** Share of articles without comments. */
	static final double NO_COMMENTS = 0.08;

	/**
	 * An article as first delivered and as last delivered (the same unless comments
	 * arrived in between).
	 *
	 * @param first the copy of the first delivery: fewer comments, fewer votes
	 * @param last the latest copy
	 * @param quoting comments of the latest copy that open with a quote (or are one)
	 * @param lastQuotes whether the last comment is one of them
	 */
	record Generated(Article first, Article last, int quoting, boolean lastQuotes) {
	}

	private final double meanComments;

	ArticleGenerator(double meanComments) {
		this.meanComments = meanComments;
	}

	/**
	 * @param random the article's own random source
	 * @param published its date
	 * @param title a title nobody else has that day (the caller checks)
	 * @param laterComments how many comments arrive after the first delivery (0: one
	 * copy)
	 */
	Generated article(SplittableRandom random, LocalDate published, String source, String title, int laterComments) {
		String caption = random.nextDouble() < 0.7 ? caption(random) : null;
		String category = random.nextDouble() < 0.8 ? pick(random, Vocabulary.CATEGORIES) : null;
		String dateline = random.nextDouble() < 0.6 ? pick(random, Vocabulary.WORDS.get("place")).toUpperCase() : null;
		List<List<String>> body = new ArrayList<>();
		int paragraphs = 4 + random.nextInt(6);
		for (int p = 0; p < paragraphs; p++) {
			List<String> sentences = new ArrayList<>();
			int n = 1 + random.nextInt(random.nextDouble() < 0.7 ? 2 : 3);
			for (int s = 0; s < n; s++) {
				sentences.add(Vocabulary.fill(random, pick(random, Vocabulary.NEWS), Vocabulary.WORDS));
			}
			body.add(sentences);
		}
		String agency = random.nextDouble() < 0.7 ? pick(random, Vocabulary.AGENCIES) : null;
		String publisher = random.nextDouble() < 0.9
				? "\u00A9" + published.getYear() + " " + pick(random, Vocabulary.PUBLISHERS) : null;
		int count = random.nextDouble() < NO_COMMENTS ? 0
				: 1 + geometric(random, this.meanComments / (1 - NO_COMMENTS) - 1);
		count += laterComments;
		List<List<String>> ownParagraphs = new ArrayList<>();
		List<Comment> comments = new ArrayList<>();
		int quoting = 0;
		boolean quotes = false;
		for (int c = 0; c < count; c++) {
			List<String> paragraphsOfComment = new ArrayList<>();
			List<String> own = new ArrayList<>();
			quotes = comment(random, body, ownParagraphs, paragraphsOfComment, own);
			quoting += quotes ? 1 : 0;
			ownParagraphs.add(own);
			int up = geometric(random, 2.0);
			int down = geometric(random, 1.2);
			comments.add(new Comment(c + 1, paragraphsOfComment, new VoteCount(up - down, up, down)));
		}
		List<String> bodyText = body.stream().map(sentences -> String.join(" ", sentences)).toList();
		Article last = new Article(source, published, category, title, dateline, caption, bodyText, agency, publisher,
				comments);
		if (laterComments == 0) {
			return new Generated(last, last, quoting, quotes);
		}
		// the first delivery: the comments so far, with the votes they had then
		List<Comment> earlier = new ArrayList<>();
		for (Comment comment : comments.subList(0, comments.size() - laterComments)) {
			int up = Math.max(0, comment.votes().up() - random.nextInt(3));
			int down = Math.max(0, comment.votes().down() - random.nextInt(2));
			earlier.add(new Comment(comment.position(), comment.paragraphs(), new VoteCount(up - down, up, down)));
		}
		Article first = new Article(source, published, category, title, dateline, caption, bodyText, agency, publisher,
				earlier);
		return new Generated(first, last, quoting, quotes);
	}

	String title(SplittableRandom random) {
		return Vocabulary.fill(random, pick(random, Vocabulary.HEADLINES), Vocabulary.WORDS);
	}

	private static String caption(SplittableRandom random) {
		String who = pick(random, Vocabulary.WORDS.get("person"));
		String place = pick(random, Vocabulary.WORDS.get("place"));
		String when = pick(random, Vocabulary.WORDS.get("when"));
		String text = who + " speaks to reporters in " + place + " " + when + ".";
		if (random.nextDouble() < 0.9) {
			text += " Image: " + pick(random, Vocabulary.AGENCIES) + "/" + pick(random, Vocabulary.PHOTOGRAPHERS);
		}
		return text;
	}

	/**
	 * Writes one comment's paragraphs; {@code own} receives the paragraphs in the
	 * commenter's own words, for later comments to quote. Returns whether it quotes.
	 */
	private static boolean comment(SplittableRandom random, List<List<String>> body, List<List<String>> earlier,
			List<String> paragraphs, List<String> own) {
		double kind = random.nextDouble();
		if (kind < LINKS_ONLY) {
			paragraphs.add(url(random));
			if (random.nextBoolean()) {
				paragraphs.add(url(random));
			}
			return false;
		}
		if (kind < LINKS_ONLY + QUOTE_ONLY) {
			paragraphs.add(wrapQuote(random, articleQuote(random, body)));
			return true;
		}
		boolean quotes = false;
		if (kind < LINKS_ONLY + QUOTE_ONLY + QUOTE_ARTICLE) {
			paragraphs.add(wrapQuote(random, articleQuote(random, body)));
			quotes = true;
		}
		else if (kind < LINKS_ONLY + QUOTE_ONLY + QUOTE_ARTICLE + QUOTE_COMMENT && !earlier.isEmpty()) {
			List<String> candidates = earlier.get(random.nextInt(earlier.size()));
			if (!candidates.isEmpty()) {
				String quoted = pick(random, candidates);
				if (quoted.length() >= 20 && quoted.split(" ").length >= 4) {
					paragraphs.add(wrapQuote(random, quoted));
					quotes = true;
				}
			}
		}
		double length = random.nextDouble();
		int count = length < 0.7 ? 1 : length < 0.9 ? 2 : 3 + random.nextInt(2);
		for (int p = 0; p < count; p++) {
			String paragraph = ownParagraph(random);
			paragraphs.add(paragraph);
			own.add(paragraph);
		}
		if (random.nextDouble() < 0.03) {
			paragraphs.add(url(random));
		}
		return quotes;
	}

	private static String ownParagraph(SplittableRandom random) {
		double kind = random.nextDouble();
		if (kind < 0.03) {
			return Vocabulary.fill(random, pick(random, Vocabulary.JAPANESE), Vocabulary.JAPANESE_WORDS);
		}
		if (kind < 0.13) {
			return pick(random, Vocabulary.STOCK);
		}
		StringBuilder paragraph = new StringBuilder();
		int sentences = 1 + random.nextInt(3);
		for (int s = 0; s < sentences; s++) {
			if (s > 0) {
				paragraph.append(' ');
			}
			paragraph.append(Vocabulary.fill(random, pick(random, Vocabulary.OPINIONS), Vocabulary.WORDS));
		}
		String text = paragraph.toString();
		if (random.nextDouble() < 0.15) {
			text = text.replace("'", "\u2019");
		}
		if (random.nextDouble() < 0.05) {
			text += " " + pick(random, Vocabulary.EMOJI);
		}
		return text;
	}

	/** A whole paragraph of the body, or one of its sentences. */
	private static String articleQuote(SplittableRandom random, List<List<String>> body) {
		List<String> paragraph = body.get(random.nextInt(body.size()));
		return random.nextBoolean() ? String.join(" ", paragraph) : pick(random, paragraph);
	}

	private static String wrapQuote(SplittableRandom random, String quote) {
		double style = random.nextDouble();
		return style < 0.6 ? quote : style < 0.85 ? "\u201C" + quote + "\u201D" : "> " + quote;
	}

	private static String url(SplittableRandom random) {
		return pick(random, Vocabulary.URL_HOSTS) + Long.toHexString(random.nextLong() >>> 24);
	}

	/** A count with the given mean: few comments under most articles, many under some. */
	static int geometric(SplittableRandom random, double mean) {
		if (mean <= 0) {
			return 0;
		}
		double p = 1 / (1 + mean);
		return (int) Math.floor(Math.log(1 - random.nextDouble()) / Math.log(1 - p));
	}

}

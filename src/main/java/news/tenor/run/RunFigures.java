package news.tenor.run;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The headline figures of a run's report, as its workbook shows them: computed once by
 * the report and kept with the run, so that the e-mail body and {@code list} say exactly
 * what the Overview says.
 *
 * @param scored comments with a sentiment
 * @param meanScore mean comment score in [-1, 1]; {@code null} without a scored comment
 * @param netSentiment share positive minus share negative, in [-1, 1]; {@code null}
 * without a scored comment
 * @param mostDiscussed the title of the article with the most comments; {@code null}
 * without articles
 */
public record RunFigures(long articles, long comments, long scored, Double meanScore, Double netSentiment,
		long negative, long neutral, long positive, String mostDiscussed, long mostDiscussedComments) {

	private static final String PREFIX = "report.figures.";

	void store(ExecutionContext context) {
		context.putLong(PREFIX + "articles", this.articles);
		context.putLong(PREFIX + "comments", this.comments);
		context.putLong(PREFIX + "scored", this.scored);
		putDouble(context, "mean-score", this.meanScore);
		putDouble(context, "net-sentiment", this.netSentiment);
		context.putLong(PREFIX + "negative", this.negative);
		context.putLong(PREFIX + "neutral", this.neutral);
		context.putLong(PREFIX + "positive", this.positive);
		if (this.mostDiscussed != null) {
			context.putString(PREFIX + "most-discussed", this.mostDiscussed);
		}
		context.putLong(PREFIX + "most-discussed-comments", this.mostDiscussedComments);
	}

	/**
	 * The figures kept with a run; {@code null} for a run whose report was not written.
	 */
	static RunFigures from(ExecutionContext context) {
		if (!context.containsKey(PREFIX + "articles")) {
			return null;
		}
		return new RunFigures(context.getLong(PREFIX + "articles"), context.getLong(PREFIX + "comments"),
				context.getLong(PREFIX + "scored"), getDouble(context, "mean-score"),
				getDouble(context, "net-sentiment"), context.getLong(PREFIX + "negative"),
				context.getLong(PREFIX + "neutral"), context.getLong(PREFIX + "positive"),
				context.getString(PREFIX + "most-discussed", null),
				context.getLong(PREFIX + "most-discussed-comments"));
	}

	private static void putDouble(ExecutionContext context, String name, Double value) {
		if (value != null) {
			context.putDouble(PREFIX + name, value);
		}
	}

	private static Double getDouble(ExecutionContext context, String name) {
		return context.containsKey(PREFIX + name) ? context.getDouble(PREFIX + name) : null;
	}

}

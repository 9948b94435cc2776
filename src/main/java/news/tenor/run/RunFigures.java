package news.tenor.run;

import java.util.ArrayList;
import java.util.List;

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
 * @param mostMentioned the people and organisations most comments named, most first (at
 * most three; none for a run without mentions)
 */
public record RunFigures(long articles, long comments, long scored, Double meanScore, Double netSentiment,
		long negative, long neutral, long positive, String mostDiscussed, long mostDiscussedComments,
		List<Mentioned> mostMentioned) {

	/**
	 * A person or organisation readers named, and how they feel about it.
	 *
	 * @param type Person or Organisation
	 * @param comments comments naming it
	 * @param netSentiment of those comments toward it; {@code null} when none was scored
	 */
	public record Mentioned(String name, String type, long comments, Double netSentiment, Double meanScore) {
	}

	private static final String PREFIX = "report.figures.";

	public RunFigures {
		mostMentioned = mostMentioned == null ? List.of() : List.copyOf(mostMentioned);
	}

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
		context.putInt(PREFIX + "most-mentioned", this.mostMentioned.size());
		for (int i = 0; i < this.mostMentioned.size(); i++) {
			Mentioned m = this.mostMentioned.get(i);
			String at = "most-mentioned." + i + ".";
			context.putString(PREFIX + at + "name", m.name());
			context.putString(PREFIX + at + "type", m.type());
			context.putLong(PREFIX + at + "comments", m.comments());
			putDouble(context, at + "net-sentiment", m.netSentiment());
			putDouble(context, at + "mean-score", m.meanScore());
		}
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
				context.getString(PREFIX + "most-discussed", null), context.getLong(PREFIX + "most-discussed-comments"),
				mentioned(context));
	}

	private static List<Mentioned> mentioned(ExecutionContext context) {
		List<Mentioned> mentioned = new ArrayList<>();
		int count = context.getInt(PREFIX + "most-mentioned", 0);
		for (int i = 0; i < count; i++) {
			String at = "most-mentioned." + i + ".";
			mentioned.add(new Mentioned(context.getString(PREFIX + at + "name"),
					context.getString(PREFIX + at + "type"), context.getLong(PREFIX + at + "comments"),
					getDouble(context, at + "net-sentiment"), getDouble(context, at + "mean-score")));
		}
		return mentioned;
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

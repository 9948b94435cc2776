package news.tenor.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import news.tenor.run.RunScope;

/**
 * The previous period of the same length, for the Overview's deltas: every article in the
 * database published then (not only those of this run) with comment scores for the same
 * model, restricted the same way as the report (the run's own {@link RunScope} test).
 * When the run gave no source filter, the comparison keeps to the sources this run read,
 * so that a run over one newspaper is not compared with all of them.
 *
 * @param tally the previous period's sums, {@code null} when it has no scored comment
 * @param basis how the previous period was chosen, in words
 */
record Comparison(Period period, Tally tally, String basis) {

	/** Sources named in the basis before "and n more". */
	private static final int NAMED = 5;

	static Comparison of(ReportQueries queries, ReportScope scope, Period current, ReportFigures figures) {
		if (current == null) {
			return new Comparison(null, null, "nothing to compare: the run has no articles");
		}
		Period previous = current.previous();
		RunScope run = scope.run();
		List<String> sources = run.sources().isEmpty() ? List.copyOf(figures.sources()) : run.sources();
		Tally tally = queries.period(previous, scope.model(), previousScope(scope, previous, figures));
		StringBuilder basis = new StringBuilder(previous.toString()).append(", ");
		basis.append(run.sources().isEmpty() ? "same sources (" + names(sources) + ")" : "same source filter");
		if (!run.categories().isEmpty()) {
			basis.append(", same category filter");
		}
		basis.append(", all articles in the database");
		if (tally.scored() == 0) {
			return new Comparison(previous, null,
					basis + ": no comments scored with this model, so no change is shown");
		}
		return new Comparison(previous, tally, basis.toString());
	}

	/**
	 * What the previous period includes: the run's filters over its days, and without a
	 * source filter the sources this run read.
	 */
	private static RunScope previousScope(ReportScope scope, Period previous, ReportFigures figures) {
		RunScope run = scope.run();
		List<String> sources = run.sources().isEmpty() ? List.copyOf(figures.sources()) : run.sources();
		return run.fromSources(sources).over(previous.from(), previous.to());
	}

	/**
	 * The previous period's tallies of the given entities (by {@link ReportFigures#key}):
	 * the comments then that named each, with their sentiment toward it, under the same
	 * test as the comments of {@link #of}.
	 */
	Map<String, Tally> mentions(ReportQueries queries, ReportScope scope, ReportFigures figures,
			List<EntityTally> entities) {
		Map<String, Tally> tallies = new HashMap<>();
		if (this.period == null || entities.isEmpty()) {
			return tallies;
		}
		Set<String> wanted = new HashSet<>();
		entities.forEach(e -> wanted.add(ReportFigures.key(e.name(), e.type())));
		queries.mentionsInPeriod(this.period, scope.model(), previousScope(scope, this.period, figures),
				entities.stream().map(EntityTally::name).distinct().toList(), m -> {
					String key = ReportFigures.key(m.name(), m.type());
					if (wanted.contains(key)) {
						tallies.computeIfAbsent(key, k -> new Tally())
							.addComment(null, null, m.label(), m.score(), 0, 0);
					}
				});
		return tallies;
	}

	boolean available() {
		return this.tally != null;
	}

	static String names(List<String> names) {
		if (names.size() <= NAMED) {
			return String.join(", ", names);
		}
		return String.join(", ", names.subList(0, NAMED)) + " and " + (names.size() - NAMED) + " more";
	}

}

package news.tenor.mentions;

import java.util.List;
import java.util.function.Predicate;

import news.tenor.mentions.EntitySentimentEvaluation.Result;

import static news.tenor.mentions.EntitySentimentEvaluation.coreNlp;
import static news.tenor.mentions.EntitySentimentEvaluation.endToEnd;
import static news.tenor.mentions.EntitySentimentEvaluation.method;
import static news.tenor.mentions.EntitySentimentEvaluation.sentence;

/** The table of sign accuracy the benchmark and the test print. */
final class EntitySentimentReport {

	private EntitySentimentReport() {
	}

	static void print(List<Result> results) {
		print(results, null);
	}

	static void print(List<Result> results, java.util.Map<Integer, List<EntitySentimentSet.Sentence>> explain) {
		System.out.printf("%-36s %-22s %-22s %-22s %-22s%n", "pairs", "entity-directed", "sentence (calibrated)",
				"sentence (CoreNLP)", "end to end");
		row("all", results, (r) -> true);
		row("opposite, one sentence", results, Result::opposite);
		row("the others", results, (r) -> !r.pair().opposite());
		for (String kind : List.of("single", "contrast", "same", "opposite-sentences")) {
			row("  " + kind, results, (r) -> r.pair().kind().equals(kind));
		}
		row("odd comments (method designed on)", results, (r) -> r.pair().comment() % 2 == 1);
		row("even comments (held out)", results, (r) -> r.pair().comment() % 2 == 0);
		long recognised = results.stream().filter(Result::recognised).count();
		System.out.printf("recognised by CoreNLP's NER: %d of %d pairs%n", recognised, results.size());
		for (Result r : results) {
			if (!r.methodRight()) {
				System.out.printf("  wrong: #%d %s %s %+.3f (sentence %+.3f) %s%n", r.pair().comment(),
						r.pair().entity(), r.pair().positive() ? "positive" : "negative", r.method(), r.sentence(),
						r.scores().stream().map((s) -> s.scope() + " " + s.start() + "-" + s.end()).toList());
				if (explain != null) {
					for (EntitySentimentSet.Sentence s : explain.get(r.pair().comment())) {
						MentionSentiment.shipped()
							.explain(s.input(), s.mentions())
							.forEach((l) -> System.out.println("      " + l));
					}
				}
			}
		}
	}

	private static void row(String name, List<Result> results, Predicate<Result> which) {
		System.out.printf("%-36s %-22s %-22s %-22s %-22s%n", name, method(results, which), sentence(results, which),
				coreNlp(results, which), endToEnd(results, which));
	}

}

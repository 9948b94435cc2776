package news.tenor.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Deals sentences into partitions of about equal parsing work rather than equal row
 * counts: parse time grows with sentence length (roughly linearly for the shift-reduce
 * parser, faster for the PCFG parser), so a partition of long sentences would keep one
 * core busy long after the others are idle. Longest-processing-time-first greedy: each
 * sentence, longest first, goes to the partition with the least work so far; partitions
 * come out heaviest first so that Spark, which schedules in partition order, starts the
 * longest ones first.
 */
final class WorkBalancer {

	private WorkBalancer() {
	}

	/** Estimated parsing work of one sentence, in arbitrary units. */
	static double cost(SentenceTask task, ParserChoice parser) {
		if (!task.parse()) {
			return 1; // its language alone: a tenth of a short sentence's parse
		}
		double n = task.tokens() + 4; // fixed per-sentence cost: tagging, sentiment,
										// bookkeeping
		return parser == ParserChoice.PCFG ? n * n : n;
	}

	public static List<List<SentenceTask>> partitions(List<SentenceTask> tasks, int partitions, ParserChoice parser) {
		int count = Math.max(1, Math.min(partitions, tasks.size()));
		List<SentenceTask> longestFirst = new ArrayList<>(tasks);
		longestFirst.sort(Comparator.comparingDouble((SentenceTask t) -> cost(t, parser)).reversed());
		record Bin(List<SentenceTask> tasks, double[] work) {
		}
		PriorityQueue<Bin> lightest = new PriorityQueue<>(Comparator.comparingDouble((Bin b) -> b.work()[0]));
		List<Bin> bins = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			Bin bin = new Bin(new ArrayList<>(), new double[1]);
			bins.add(bin);
			lightest.add(bin);
		}
		for (SentenceTask task : longestFirst) {
			Bin bin = lightest.poll();
			bin.tasks().add(task);
			bin.work()[0] += cost(task, parser);
			lightest.add(bin);
		}
		bins.sort(Comparator.comparingDouble((Bin b) -> b.work()[0]).reversed());
		List<List<SentenceTask>> result = new ArrayList<>(count);
		for (Bin bin : bins) {
			if (!bin.tasks().isEmpty()) {
				result.add(bin.tasks());
			}
		}
		return result;
	}

}

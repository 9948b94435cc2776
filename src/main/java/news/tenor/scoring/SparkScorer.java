package news.tenor.scoring;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.SparkEnv;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * Scores sentences in Spark partitions. The driver hands over one bounded batch at a time
 * (the caller's chunk), dealt into partitions of equal work; each partition scores its
 * sentences with its JVM's {@link SentimentPipeline}. Nothing CoreNLP-related is
 * serialised: only the settings travel, and the pipeline is looked up where the partition
 * runs.
 */
public final class SparkScorer {

	/**
	 * Partitions per core: enough that an unlucky partition does not leave cores idle at
	 * the end.
	 */
	private static final int PARTITIONS_PER_CORE = 3;

	private final SparkSessions spark;

	public SparkScorer(SparkSessions spark) {
		this.spark = spark;
	}

	public List<ScoredSentence> score(List<SentenceTask> tasks, ScoringSettings settings) {
		if (tasks.isEmpty()) {
			return List.of();
		}
		JavaSparkContext context = this.spark.context();
		int partitions = context.defaultParallelism() * PARTITIONS_PER_CORE;
		List<List<SentenceTask>> balanced = WorkBalancer.partitions(tasks, partitions, settings.parser());
		return context.parallelize(balanced, balanced.size()).mapPartitions(new ScorePartition(settings)).collect();
	}

	/** The work of one partition, on whichever JVM runs it. */
	private record ScorePartition(
			ScoringSettings settings) implements FlatMapFunction<Iterator<List<SentenceTask>>, ScoredSentence> {

		@Override
		public Iterator<ScoredSentence> call(Iterator<List<SentenceTask>> bins) {
			SentimentPipeline pipeline = SentimentPipeline.get(this.settings.parser());
			String executor = SparkEnv.get() == null ? "unknown" : SparkEnv.get().executorId();
			List<ScoredSentence> scored = new ArrayList<>();
			while (bins.hasNext()) {
				for (SentenceTask task : bins.next()) {
					scored.add(new ScoredSentence(task.sentenceId(),
							pipeline.score(task.text(), this.settings.maxSentenceTokens()), executor));
				}
			}
			return scored.iterator();
		}

	}

}

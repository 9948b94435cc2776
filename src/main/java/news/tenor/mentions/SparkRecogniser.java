package news.tenor.mentions;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import news.tenor.scoring.SparkSessions;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.slf4j.LoggerFactory;

/**
 * Runs CoreNLP's named-entity recogniser alone (no parse) on sentences in Spark
 * partitions: the sentences of comments scored before mentions were kept, and the
 * sentences of articles' titles, captions and bodies. Only the texts travel; each
 * partition gets its JVM's {@link EntityRecogniser} where it runs.
 */
final class SparkRecogniser {

	/** Partitions per core, as for the parse. */
	private static final int PARTITIONS_PER_CORE = 3;

	/** A sentence to tag, with whatever identifies it to the caller. */
	record Sentence(long id, int index, String text) implements Serializable {
	}

	/**
	 * What the recogniser found in it ({@link SentenceMentions#encode()}); {@code null}
	 * when it failed on the sentence (nothing is cached: tried again next run).
	 */
	record Tagged(long id, int index, String mentions) implements Serializable {
	}

	private final SparkSessions spark;

	SparkRecogniser(SparkSessions spark) {
		this.spark = spark;
	}

	List<Tagged> recognise(List<Sentence> sentences) {
		if (sentences.isEmpty()) {
			return List.of();
		}
		JavaSparkContext context = this.spark.context();
		int partitions = Math.max(1, Math.min(sentences.size(), context.defaultParallelism() * PARTITIONS_PER_CORE));
		return context.parallelize(sentences, partitions).mapPartitions(new TagPartition()).collect();
	}

	/** The work of one partition, on whichever JVM runs it. */
	private record TagPartition() implements FlatMapFunction<Iterator<Sentence>, Tagged> {

		@Override
		public Iterator<Tagged> call(Iterator<Sentence> sentences) {
			EntityRecogniser recogniser = EntityRecogniser.get();
			List<Tagged> tagged = new ArrayList<>();
			while (sentences.hasNext()) {
				Sentence sentence = sentences.next();
				String mentions = null;
				try {
					mentions = recogniser.recognise(sentence.text()).encode();
				}
				catch (RuntimeException ex) {
					LoggerFactory.getLogger(SparkRecogniser.class)
						.warn("tagging failed on a sentence of {} characters: {}", sentence.text().length(),
								ex.toString());
				}
				tagged.add(new Tagged(sentence.id(), sentence.index(), mentions));
			}
			return tagged.iterator();
		}

	}

}

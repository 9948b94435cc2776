package news.tenor.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkBalancerTest {

	static List<SentenceTask> sentences(int count, long seed) {
		Random random = new Random(seed);
		List<SentenceTask> tasks = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			// mostly short, a few long ones: the shape of reader comments
			int tokens = random.nextDouble() < 0.05 ? 60 + random.nextInt(20) : 3 + random.nextInt(30);
			tasks.add(new SentenceTask(i, "s" + i, tokens));
		}
		return tasks;
	}

	static double work(List<SentenceTask> partition, ParserChoice parser) {
		return partition.stream().mapToDouble(t -> WorkBalancer.cost(t, parser)).sum();
	}

	@Test
	void partitionsCarryAboutEqualWorkNotEqualCounts() {
		List<SentenceTask> tasks = sentences(1000, 1);
		for (ParserChoice parser : ParserChoice.values()) {
			List<List<SentenceTask>> partitions = WorkBalancer.partitions(tasks, 8, parser);
			assertThat(partitions).hasSize(8);
			assertThat(partitions.stream().mapToInt(List::size).sum()).isEqualTo(1000);
			double heaviest = work(partitions.get(0), parser);
			double lightest = work(partitions.get(partitions.size() - 1), parser);
			assertThat(lightest / heaviest).as(parser.name()).isGreaterThan(0.98);
		}
	}

	@Test
	void everySentenceGoesToExactlyOnePartitionAndTheHeaviestComeFirst() {
		List<SentenceTask> tasks = sentences(101, 2);
		List<List<SentenceTask>> partitions = WorkBalancer.partitions(tasks, 6, ParserChoice.SR);
		assertThat(partitions.stream().flatMap(List::stream).map(SentenceTask::sentenceId))
			.containsExactlyInAnyOrderElementsOf(tasks.stream().map(SentenceTask::sentenceId).toList());
		for (int i = 1; i < partitions.size(); i++) {
			assertThat(work(partitions.get(i), ParserChoice.SR))
				.isLessThanOrEqualTo(work(partitions.get(i - 1), ParserChoice.SR));
		}
	}

	@Test
	void fewerSentencesThanPartitionsGiveOnePartitionEach() {
		assertThat(WorkBalancer.partitions(sentences(3, 3), 6, ParserChoice.SR)).hasSize(3)
			.allSatisfy(p -> assertThat(p).hasSize(1));
		assertThat(WorkBalancer.partitions(List.of(), 6, ParserChoice.SR)).isEmpty();
	}

}

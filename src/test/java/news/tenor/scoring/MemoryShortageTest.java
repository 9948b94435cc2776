package news.tenor.scoring;

import org.apache.spark.SparkException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job that dies of too little heap says so, whichever thread the error struck: the
 * recorded shortage replaces "cancelled because SparkContext was shut down".
 */
class MemoryShortageTest {

	@AfterEach
	void forget() {
		MemoryShortage.forget();
	}

	@Test
	void aJobThatDiedWithItsContextReportsTheShortageThisJvmRecorded() {
		SparkException shutDown = new SparkException("Job 0 cancelled because SparkContext was shut down");
		assertThat(MemoryShortage.reason(shutDown)).isEqualTo(shutDown.getMessage());

		IllegalStateException thrown = MemoryShortage.of("not enough memory to load X: give it at least 1,100 MB");
		assertThat(thrown).hasNoCause();
		assertThat(MemoryShortage.reason(shutDown)).isEqualTo("not enough memory to load X: give it at least 1,100 MB");
		assertThat(MemoryShortage
			.reason(new IllegalStateException("task failed", new OutOfMemoryError("Java heap space"))))
			.isEqualTo("not enough memory to load X: give it at least 1,100 MB");
		// any other failure keeps its own reason
		assertThat(MemoryShortage.reason(new SparkException("Task 3 failed: sentence too odd")))
			.isEqualTo("Task 3 failed: sentence too odd");
	}

	@Test
	void theAdviceNamesTheHeapForEachParserWithTheCalibratedScorer() {
		assertThat(ParserChoice.SR.calibratedHeapMb()).isGreaterThan(ParserChoice.SR.minimumHeapMb());
		assertThat(ParserChoice.PCFG.calibratedHeapMb()).isGreaterThan(ParserChoice.PCFG.minimumHeapMb());
		assertThat(ScoringSettings.CALIBRATED_HEAP_ADVICE).contains("1,100 MB", "800 MB");
	}

	@Test
	void anyThreadThatRunsOutOfMemoryIsRecordedForTheRunsReason() throws Exception {
		MemoryShortage.watchThreads();
		Thread cleaner = new Thread(() -> {
			throw new OutOfMemoryError("Java heap space");
		}, "Spark Context Cleaner");
		cleaner.start();
		cleaner.join();
		assertThat(MemoryShortage.reason(new SparkException("Job 0 cancelled because SparkContext was shut down")))
			.startsWith("this JVM ran out of memory (in Spark Context Cleaner; it may use at most ")
			.endsWith(
					"give it more with -Xmx, or -Dspark.executor.memory on a cluster, or lower --max-sentence-tokens");
	}

}

package news.tenor.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import news.tenor.TenorRuns;
import news.tenor.TenorRuns.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A heap too small for CoreNLP's models fails the run with one line that says so and what
 * to give it, instead of Spark ending the JVM with exit code 52; {@code restart} with
 * enough heap completes it.
 */
class NotEnoughMemoryIT {

	@TempDir
	Path work;

	@Test
	void aHeapTooSmallForTheModelsFailsWithAReasonAndTheRunRestarts() throws Exception {
		Path data = this.work.resolve("data");
		Path log = this.work.resolve("small-heap.log");
		Process small = TenorJar.start(log, List.of("-Xmx600m"), "run", "--input", TenorRuns.SAMPLE.toString(),
				"--output", this.work.resolve("reports").toString(), "--data-dir", data.toString());
		assertThat(small.waitFor(5, TimeUnit.MINUTES)).isTrue();
		String output = TenorJar.read(log);
		assertThat(small.exitValue()).as(output).isEqualTo(1);
		assertThat(output).contains("tenor: run 1 failed: not enough memory to load CoreNLP's models",
				"give it at least 900 MB", "tenor restart 1");

		Result restart = TenorJar.run(this.work.resolve("restart.log"), "restart", "1", "--data-dir", data.toString());
		assertThat(restart.exitCode()).as(restart.out()).isZero();
		assertThat(restart.out()).contains("5 comments scored");
		assertThat(restart.workbook()).exists();
	}

}

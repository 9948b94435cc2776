package news.tenor.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class TenorCommandLineTest {

	record Output(int code, String out, String err) {
	}

	static Output execute(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = TenorCommandLine.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void helpListsTheCommands() {
		Output help = execute("--help");
		assertThat(help.code()).isZero();
		assertThat(help.out()).contains("run");
		assertThat(execute("run", "--help").out()).contains("--input DIR", "--output DIR", "--data-dir DIR");
	}

	@Test
	void aMissingInputIsOneLineAndExitCodeTwo() {
		Output missing = execute("run", "--input", "/no/such/folder");
		assertThat(missing.code()).isEqualTo(2);
		assertThat(missing.err().strip()).isEqualTo("tenor: input /no/such/folder does not exist");
	}

	@Test
	void everyCommandHasItsHelp() {
		assertThat(execute("--help").out()).contains("schedule", "list", "restart", "rerun");
		assertThat(execute("run", "--help").out()).contains("tenor run JOBFILE", "--from DATE, --to DATE");
		assertThat(execute("schedule", "--help").out()).contains("--jobs DIR", "SIGTERM");
		assertThat(execute("list", "--help").out()).contains("tenor list [JOB]", "--limit N");
		assertThat(execute("restart", "--help").out()).contains("tenor restart ID");
		assertThat(execute("rerun", "--help").out()).contains("tenor rerun ID");
	}

	@Test
	void runIdsAndLimitsAreCheckedBeforeAnythingStarts() {
		Output noId = execute("restart");
		assertThat(noId.code()).isEqualTo(2);
		assertThat(noId.err().strip())
			.isEqualTo("tenor: restart needs the id of a run (see tenor list, tenor restart --help)");
		assertThat(execute("rerun", "seven").err().strip())
			.isEqualTo("tenor: the run id must be a whole number of at least 1, not 'seven'");
		assertThat(execute("list", "--limit", "0").code()).isEqualTo(2);
		Output noJob = execute("run", "/no/such/job.yaml");
		assertThat(noJob.code()).isEqualTo(2);
		assertThat(noJob.err().strip()).isEqualTo("tenor: /no/such/job.yaml: no such job file");
	}

	@Test
	void badValuesAreOneLineAndExitCodeTwoBeforeAnythingStarts(@TempDir Path dir) throws Exception {
		Output master = execute("run", "--input", ".", "--spark-master", "bogus://x");
		assertThat(master.code()).isEqualTo(2);
		assertThat(master.err().strip()).isEqualTo("tenor: --spark-master bogus://x is not a Spark master: give "
				+ "local[*], local[N], spark://HOST:PORT, yarn or k8s://https://HOST:PORT");
		Path file = Files.createFile(dir.resolve("report.xlsx"));
		Output output = execute("run", "--input", ".", "--output", file.toString());
		assertThat(output.code()).isEqualTo(2);
		assertThat(output.err().strip())
			.isEqualTo("tenor: --output " + file + " is a file; give the folder the " + "workbook goes in");
		assertThat(execute("list", "--limit=x").err().strip())
			.isEqualTo("tenor: --limit must be a whole number of at least 1, not 'x'");
		// a whole number too large for one is told so, not that it must be at least 1
		Output tooMany = execute("run", "--input", ".", "--max-sentence-tokens", "99999999999");
		assertThat(tooMany.code()).isEqualTo(2);
		assertThat(tooMany.err().strip()).isEqualTo(
				"tenor: --max-sentence-tokens needs a whole number of at least 1 and at most 2147483647, not '99999999999'");
		assertThat(execute("run", "--input", ".", "--max-sentence-tokens", "0").err().strip())
			.isEqualTo("tenor: --max-sentence-tokens needs a whole number of at least 1");
		assertThat(execute("list", "--limit", "3000000000").err().strip())
			.isEqualTo("tenor: --limit must be a whole number of at least 1 and at most 2147483647, not '3000000000'");
		assertThat(execute("run", "--input", ".", "--output", "a", "--output", "b").err())
			.contains("--output is given twice");
	}

	@Test
	void unknownOptionsAndCommandsAreNamed() {
		assertThat(execute("run", "--inptu", "x").err()).contains("unknown option --inptu");
		assertThat(execute("frobnicate").err()).contains("unknown command 'frobnicate'");
		assertThat(execute("run", "--input", ".", "--parser", "lstm").err()).contains("--parser must be sr or pcfg");
	}

}

package news.tenor.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

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
	void unknownOptionsAndCommandsAreNamed() {
		assertThat(execute("run", "--inptu", "x").err()).contains("unknown option --inptu");
		assertThat(execute("frobnicate").err()).contains("unknown command 'frobnicate'");
		assertThat(execute("run", "--input", ".", "--parser", "lstm").err()).contains("--parser must be sr or pcfg");
	}

}

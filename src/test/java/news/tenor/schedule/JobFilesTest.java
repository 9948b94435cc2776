package news.tenor.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class JobFilesTest {

	@TempDir
	Path folder;

	Path write(String name, String yaml) throws IOException {
		return Files.writeString(this.folder.resolve(name), yaml);
	}

	String archive() {
		return Path.of("src/sample-archive").toAbsolutePath().toString();
	}

	@Test
	void everyFieldIsRead() throws IOException {
		Path file = write("weekly.yaml", """
				name: weekly-politics
				inputs: [%s]
				window: previous-week
				filters:
				  sources: [Japan Today]
				  categories: politics
				parser: pcfg
				max-sentence-tokens: 60
				output:
				  folder: out/weekly
				  file-name: "{job}-{from}.xlsx"
				schedule:
				  cron: "0 0 7 * * MON"
				  zone: Asia/Tokyo
				delivery:
				  recipients: [desk@example.com, editor@example.com]
				  subject: Weekly
				""".formatted(archive()));
		JobDefinition job = JobFiles.read(file);
		assertThat(job.name()).isEqualTo("weekly-politics");
		assertThat(job.inputs()).containsExactly(Path.of(archive()));
		assertThat(job.window()).isEqualTo(new Window.PreviousWeek());
		assertThat(job.sources()).containsExactly("Japan Today");
		assertThat(job.categories()).containsExactly("politics");
		assertThat(job.parser()).isEqualTo("pcfg");
		assertThat(job.maxSentenceTokens()).isEqualTo(60);
		assertThat(job.outputFolder()).isEqualTo(Path.of("out/weekly"));
		assertThat(job.fileName()).isEqualTo("{job}-{from}.xlsx");
		assertThat(job.cron()).isEqualTo("0 0 7 * * MON");
		assertThat(job.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
		assertThat(job.recipients()).containsExactly("desk@example.com", "editor@example.com");
		assertThat(job.subject()).isEqualTo("Weekly");
	}

	@Test
	void theNameDefaultsToTheFileNameAndTheWindowMayBeDates() throws IOException {
		JobDefinition job = JobFiles.read(write("january.yml", """
				inputs: %s
				window: {from: 2026-01-01, to: 2026-01-31}
				""".formatted(archive())));
		assertThat(job.name()).isEqualTo("january");
		assertThat(job.window()).isEqualTo(new Window.Between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)));
		assertThat(job.cron()).isNull();
		assertThat(job.outputFolder()).isEqualTo(Path.of("reports"));
	}

	@Test
	void theShippedJobFilesAreValid() throws IOException {
		assertThat(JobFiles.list(Path.of("jobs"))).extracting(f -> JobFiles.read(f).name())
			.contains("daily-editors", "weekly-politics", "january-politics");
	}

	@Nested
	class Mistakes {

		void refused(String yaml, String message) throws IOException {
			Path file = write("bad.yaml", yaml.replace("ARCHIVE", archive()));
			assertThatExceptionOfType(JobFileException.class).isThrownBy(() -> JobFiles.read(file))
				.withMessage(file + " " + message);
		}

		@Test
		void anUnknownFieldIsNamedWithItsLine() throws IOException {
			refused("""
					inputs: ARCHIVE
					widnow: previous-day
					""", "line 2: widnow: unknown field (expected delivery, description, filters, "
					+ "inputs, max-sentence-tokens, name, output, parser, schedule, scorer, window)");
		}

		@Test
		void anUnknownNestedField() throws IOException {
			refused("""
					inputs: ARCHIVE
					filters:
					  source: Japan Today
					""", "line 3: filters.source: unknown field (expected under filters: categories, sources)");
		}

		@Test
		void aDayThatDoesNotExist() throws IOException {
			refused("""
					inputs: ARCHIVE
					window:
					  from: 2026-02-30
					  to: 2026-03-01
					""", "line 3: window.from: '2026-02-30' is not a date (YYYY-MM-DD, a day that exists)");
		}

		@Test
		void aWindowEndingBeforeItStarts() throws IOException {
			refused("""
					inputs: ARCHIVE
					window: {from: 2026-03-02, to: 2026-03-01}
					""", "line 2: window.to: the window ends (2026-03-01) before it starts (2026-03-02)");
		}

		@Test
		void anUnknownWindow() throws IOException {
			refused("""
					inputs: ARCHIVE
					window: yesterday
					""", "line 2: window: 'yesterday' is not a window: use previous-day, previous-week, "
					+ "last-N-days, or from: and to: dates");
		}

		@Test
		void aBadCronAndZone() throws IOException {
			refused("""
					inputs: ARCHIVE
					schedule:
					  cron: "every morning"
					""", "line 3: schedule.cron: 'every morning' is not a cron expression (Cron expression must "
					+ "consist of 6 fields (found 2 in \"every morning\")); six fields: second minute hour day month weekday");
			refused("""
					inputs: ARCHIVE
					schedule:
					  cron: "0 0 7 * * *"
					  zone: Mars/Olympus
					""",
					"line 4: schedule.zone: 'Mars/Olympus' is not a time zone (e.g. Europe/London, Asia/Tokyo, UTC)");
		}

		@Test
		void missingInputsAndInputsThatDoNotExist() throws IOException {
			refused("""
					window: previous-day
					""", "line 1: inputs: missing: the archive folder(s) or file(s) to read");
			refused("""
					inputs:
					  - ARCHIVE
					  - /no/such/archive
					""", "line 3: inputs: /no/such/archive does not exist");
		}

		@Test
		void aBadAddressParserAndNumber() throws IOException {
			refused("""
					inputs: ARCHIVE
					delivery:
					  recipients: [desk@example.com, not an address]
					""", "line 3: delivery.recipients: 'not an address' is not an e-mail address");
			refused("""
					inputs: ARCHIVE
					parser: lstm
					""", "line 2: parser: must be sr or pcfg, not 'lstm'");
			refused("""
					inputs: ARCHIVE
					max-sentence-tokens: many
					""", "line 2: max-sentence-tokens: needs a whole number of at least 1, not 'many'");
			refused("""
					inputs: ARCHIVE
					max-sentence-tokens: 99999999999
					""", "line 2: max-sentence-tokens: needs a whole number of at least 1 and at most 2147483647, "
					+ "not '99999999999'");
		}

		@Test
		void brokenYaml() throws IOException {
			refused("""
					inputs: ARCHIVE
					window: [previous-day
					""", "line 3: not valid YAML: expected ',' or ']', but got <stream end>");
		}

	}

}

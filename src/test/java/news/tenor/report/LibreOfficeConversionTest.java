package news.tenor.report;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static news.tenor.report.ReportFixtures.JOB_INSTANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A workbook opens in LibreOffice: converted to PDF headless, the way README's check does
 * it. Runs where {@code soffice} is on the PATH (Debian: libreoffice-calc-nogui), skipped
 * elsewhere.
 */
class LibreOfficeConversionTest {

	@TempDir
	Path folder;

	@Test
	void theWorkbookConvertsToPdfWithLibreOffice() throws Exception {
		Path soffice = onPath("soffice");
		assumeTrue(soffice != null, "LibreOffice (soffice) is not on the PATH");
		Path workbook = this.folder.resolve("tenor.xlsx");
		try (ReportDatabase db = new ReportDatabase(this.folder.resolve("data"))) {
			ReportFixtures.threeDays(db);
			new ReportWorkbook(db.queries()).write(workbook, ReportScope.of(JOB_INSTANCE, ReportDatabase.MODEL),
					ReportFixtures.run(), false);
		}

		Path out = this.folder.resolve("pdf");
		// a profile of its own, so a LibreOffice already open does not take the job over
		Process process = new ProcessBuilder(soffice.toString(),
				"-env:UserInstallation=" + this.folder.resolve("profile").toUri(), "--headless", "--convert-to", "pdf",
				"--outdir", out.toString(), workbook.toString())
			.redirectErrorStream(true)
			.redirectOutput(this.folder.resolve("soffice.log").toFile())
			.start();
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
		String log = Files.readString(this.folder.resolve("soffice.log"));
		assertThat(process.exitValue()).as(log).isZero();

		Path pdf = out.resolve("tenor.pdf");
		assertThat(pdf).as(log).exists();
		byte[] bytes = Files.readAllBytes(pdf);
		assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(bytes.length).isGreaterThan(10_000);

		Path pdftotext = onPath("pdftotext");
		if (pdftotext != null) {
			Path text = this.folder.resolve("overview.txt");
			Process extract = new ProcessBuilder(pdftotext.toString(), "-f", "1", "-l", "1", pdf.toString(),
					text.toString())
				.start();
			assertThat(extract.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(Files.readString(text)).contains("How readers reacted", "Headline figures", "Most positive",
					"Sentiment of comments");
		}
	}

	static Path onPath(String command) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			Path candidate = Path.of(dir, command);
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}

}

package news.tenor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import news.tenor.TenorRuns.Result;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static news.tenor.TenorRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job filtered by several sources or several categories, as an analyst writes it: the
 * Overview names the filters as written and compares with the previous days' scored
 * articles of the same sources and categories, matched as ingest matched them.
 */
class FilteredComparisonFunctionalTests {

	@TempDir
	Path work;

	Path archive;

	Path data;

	/**
	 * Four days, two sources, two categories; the first run scores them all, so the
	 * database holds the previous days' scored articles before the filtered jobs run.
	 */
	@BeforeEach
	void fourDaysAllScored() throws IOException {
		this.archive = Files.createDirectories(this.work.resolve("archive"));
		this.data = this.work.resolve("data");
		article("2026-01-13", "Kyodo Wire", "politics", "Cabinet approves record budget",
				"A record budget is good news for the regions.", "Great to see this at last.");
		article("2026-01-14", "Japan Today", "national", "Snow closes mountain roads",
				"Terrible planning by the prefecture.", "Stay safe, everyone.");
		article("2026-01-15", "Japan Today", "politics", "Ministers meet over trade",
				"This meeting was a waste of time.", "I am glad they are talking.");
		article("2026-01-16", "Kyodo Wire", "national", "Trains run again after the storm",
				"Well done to the rail crews.", "It took far too long.");
		Result all = run(store("run", "--input", this.archive.toString(), "--output",
				this.work.resolve("all").toString(), "--data-dir", this.data.toString()));
		assertThat(all.exitCode()).as(all.err()).isZero();
		assertThat(all.out()).contains("8 comments scored");
	}

	@Test
	void aJobOfTwoSourcesNamesBothAndIsComparedWithTheirPreviousDays() throws IOException {
		Result result = runJob("two-sources", "sources: [Japan Today, Kyodo Wire]");
		try (Workbook book = open(result.workbook())) {
			Sheet overview = book.getSheet("Overview");
			assertThat(text(overview, "Filters"))
				.isEqualTo("published 2026-01-15 to 2026-01-16; " + "sources Japan Today, Kyodo Wire");
			assertThat(text(overview, "Compared with"))
				.isEqualTo("2026-01-13 to 2026-01-14, same source filter, all articles in the database");
			// this period: the 15th and 16th; the previous one: the 13th and 14th, both
			// scored
			assertThat(figure(overview, "Articles", 1)).isEqualTo(2);
			assertThat(figure(overview, "Articles", 2)).isEqualTo(2);
			assertThat(figure(overview, "Comments scored", 2)).isEqualTo(4);
			assertThat(row(overview, "Comments scored").getCell(3).getNumericCellValue()).isZero();
			assertThat(row(overview, "Previous period")).as("the previous period's sentiment row").isNotNull();
		}
	}

	@Test
	void aJobOfTwoCategoriesNamesBothAndIsComparedWithTheirPreviousDays() throws IOException {
		Result result = runJob("two-categories", "categories: [Politics, NATIONAL]");
		try (Workbook book = open(result.workbook())) {
			Sheet overview = book.getSheet("Overview");
			assertThat(text(overview, "Filters"))
				.isEqualTo("published 2026-01-15 to 2026-01-16; categories Politics, NATIONAL");
			assertThat(text(overview, "Compared with")).isEqualTo("2026-01-13 to 2026-01-14, same sources "
					+ "(Japan Today, Kyodo Wire), same category filter, all articles in the database");
			assertThat(figure(overview, "Articles", 2)).isEqualTo(2);
			assertThat(figure(overview, "Comments scored", 2)).isEqualTo(4);
		}
	}

	/**
	 * The command with the options of the store the runs write to: the data folder's H2
	 * database here, a PostgreSQL database in
	 * {@link FilteredComparisonOnPostgresFunctionalTests}.
	 */
	String[] store(String... command) {
		return command;
	}

	/** Runs a job over the 15th and 16th with one filter, and checks it completed. */
	private Result runJob(String name, String filter) throws IOException {
		Path job = Files.writeString(this.work.resolve(name + ".yaml"), """
				name: %s
				inputs: %s
				window: {from: 2026-01-15, to: 2026-01-16}
				filters:
				  %s
				output: {folder: %s}
				""".formatted(name, this.archive, filter, this.work.resolve("reports")));
		Result result = run(store("run", job.toString(), "--data-dir", this.data.toString()));
		assertThat(result.exitCode()).as(result.err()).isZero();
		return result;
	}

	private void article(String date, String source, String category, String title, String... comments)
			throws IOException {
		StringBuilder text = new StringBuilder(" date " + date + "  " + source + "\n" + category + "\n\n" + title
				+ "\n\nThe article's only paragraph, about " + title.toLowerCase() + ".\n\n©2026 GPlusMedia Inc.\n\n");
		for (String comment : comments) {
			text.append(comment).append("\n\n1 ( +1 / -0 )\n\n");
		}
		Files.writeString(this.archive.resolve(date + ".txt"), text);
	}

	private static Workbook open(Path workbook) throws IOException {
		try (InputStream in = Files.newInputStream(workbook)) {
			return WorkbookFactory.create(in);
		}
	}

	private static Row row(Sheet sheet, String label) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		return null;
	}

	private static String text(Sheet sheet, String label) {
		return row(sheet, label).getCell(1).getStringCellValue();
	}

	private static double figure(Sheet sheet, String label, int column) {
		return row(sheet, label).getCell(column).getNumericCellValue();
	}

}

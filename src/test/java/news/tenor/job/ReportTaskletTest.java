package news.tenor.job;

import java.time.LocalDate;
import java.util.List;

import news.tenor.report.ReportScope;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's scope from the job parameters of a windowed, filtered job, if any. */
class ReportTaskletTest {

	@Test
	void windowAndFiltersAreReadFromDatesTextAndLists() {
		JobParameters parameters = new JobParametersBuilder().addLocalDate("from", LocalDate.of(2026, 1, 1))
			.addString("to", "2026-01-31")
			.addString("sources", "Japan Today, Kyodo ")
			.addString("categories", "politics;business")
			.toJobParameters();
		assertThat(ReportTasklet.scope(7, "model", parameters))
			.isEqualTo(new ReportScope(7, "model", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31),
					List.of("Japan Today", "Kyodo"), List.of("politics", "business")));
	}

	@Test
	void aPlainRunHasNoWindowAndNoFilters() {
		JobParameters parameters = new JobParametersBuilder().addString("input", "/archive").toJobParameters();
		assertThat(ReportTasklet.scope(7, "model", parameters)).isEqualTo(ReportScope.of(7, "model"));
	}

}

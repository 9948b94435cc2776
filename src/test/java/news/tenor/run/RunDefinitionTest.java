package news.tenor.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import news.tenor.scoring.ParserChoice;
import news.tenor.scoring.Scorer;
import news.tenor.scoring.ScoringSettings;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunDefinitionTest {

	static final LocalDate JAN_15 = LocalDate.of(2026, 1, 15);

	static final LocalDate JAN_16 = LocalDate.of(2026, 1, 16);

	/** The two-source job of issue 14: lists of several items with spaces in them. */
	static RunDefinition twoSources() {
		return new RunDefinition("two-sources", List.of(Path.of("/archive/a"), Path.of("/archive/b c")), JAN_15, JAN_16,
				List.of("Japan Today", "Kyodo Wire"), List.of("politics", "national news"),
				new ScoringSettings(ParserChoice.PCFG, 60), null, Path.of("/reports/two-sources.xlsx"), false,
				List.of("desk@example.com", "editor@example.com"), "Two sources", null);
	}

	@Nested
	class AsJobParameters {

		@Test
		void aRunComesBackAsItWentInEveryListWhole() {
			RunDefinition run = twoSources();
			assertThat(RunDefinition.from(run.toJobParameters())).isEqualTo(run);
			RunDefinition plain = RunDefinition.plain(List.of(Path.of("/archive")), null, JAN_16,
					ScoringSettings.defaults(), LocalDateTime.of(2026, 1, 17, 9, 30, 1, 123456789),
					Path.of("/reports/tenor.xlsx"), true);
			assertThat(RunDefinition.from(plain.toJobParameters())).isEqualTo(plain);
		}

		@Test
		void theParametersAreThoseEarlierReleasesWroteSoRunsKeepTheirIdentity() {
			JobParameters parameters = twoSources().toJobParameters();
			// identifying, with the types and texts of the releases before RunDefinition
			assertThat(parameters.getString("job")).isEqualTo("two-sources");
			assertThat(parameters.getString("input")).isEqualTo("/archive/a\n/archive/b c");
			assertThat(parameters.getLocalDate("from")).isEqualTo(JAN_15);
			assertThat(parameters.getString("sources")).isEqualTo("Japan Today\nKyodo Wire");
			assertThat(parameters.getString("parser")).isEqualTo("pcfg");
			assertThat(parameters.getLong("max-sentence-tokens")).isEqualTo(60L);
			assertThat(parameters.getIdentifyingParameters().stream().map(JobParameter::name))
				.containsExactlyInAnyOrder("job", "input", "from", "to", "sources", "categories", "parser",
						"max-sentence-tokens");
		}

		@Test
		void aRunOfAnEarlierReleaseWithoutScoringSettingsHasThatReleasesDefaults() {
			JobParameters old = new JobParametersBuilder().addString("input", "/archive")
				.addString("requested", "2026-11-20T10:00:00.5")
				.addString("workbook", "/reports/tenor.xlsx", false)
				.toJobParameters();
			RunDefinition run = RunDefinition.from(old);
			assertThat(run.scoring()).isEqualTo(new ScoringSettings(ParserChoice.SR, 80, Scorer.CORENLP));
			assertThat(run.inputs()).containsExactly(Path.of("/archive"));
			assertThat(run.jobName()).isEqualTo("tenor");
			assertThat(run.scope()).isEqualTo(RunScope.EVERYTHING);
		}

		@Test
		void parametersThatAreNotARunAreRefusedBeforeTheJobStarts() {
			JobParameters noInput = new JobParametersBuilder().addString("workbook", "/r.xlsx", false)
				.toJobParameters();
			assertThatThrownBy(() -> RunDefinition.validator().validate(noInput))
				.isInstanceOf(InvalidJobParametersException.class)
				.hasMessageContaining("at least one input");
			JobParameters backwards = new JobParametersBuilder(twoSources().toJobParameters())
				.addLocalDate("from", LocalDate.of(2026, 2, 1))
				.toJobParameters();
			assertThatThrownBy(() -> RunDefinition.validator().validate(backwards))
				.hasMessageContaining("the window starts on 2026-02-01, after its end 2026-01-16");
			JobParameters lstm = new JobParametersBuilder(twoSources().toJobParameters()).addString("parser", "lstm")
				.toJobParameters();
			assertThatThrownBy(() -> RunDefinition.validator().validate(lstm))
				.isInstanceOf(InvalidJobParametersException.class);
		}

	}

	@Test
	void theCalibratedScorerIsAnIdentifyingParameterAndCoreNlpsIsWhatEarlierReleasesWrote() {
		RunDefinition calibrated = RunDefinition.plain(List.of(Path.of("/archive")), null, null,
				ScoringSettings.defaults(), LocalDateTime.of(2026, 1, 17, 9, 30), Path.of("/r.xlsx"), false);
		JobParameters parameters = calibrated.toJobParameters();
		assertThat(parameters.getString("scorer")).isEqualTo("calibrated");
		assertThat(parameters.getIdentifyingParameters().stream().map(JobParameter::name)).contains("scorer");
		assertThat(RunDefinition.from(parameters)).isEqualTo(calibrated);
		assertThat(twoSources().toJobParameters().getString("scorer")).isNull();
		assertThat(twoSources().shown()).containsEntry("scorer", "corenlp");
		assertThat(calibrated.shown()).containsEntry("scorer", "calibrated");
	}

	@Test
	void listShowsListsWholeAndOneItemAsItself() {
		assertThat(twoSources().shown()).containsEntry("sources", "[Japan Today, Kyodo Wire]")
			.containsEntry("categories", "[politics, national news]")
			.containsEntry("input", "[/archive/a, /archive/b c]")
			.containsEntry("from", "2026-01-15")
			.containsKeys("parser", "max-sentence-tokens", "recipients")
			.doesNotContainKeys("workbook", "overwrite", "subject");
		assertThat(twoSources().parameterValues()).containsEntry("sources", "Japan Today, Kyodo Wire")
			.containsEntry("from", JAN_15)
			.containsEntry("max-sentence-tokens", 60L);
	}

	@Test
	void aRerunIsANewInstanceWithTheSameBusinessParametersAndItsWorkbookBesideTheFirst() {
		LocalDateTime now = LocalDateTime.of(2026, 1, 20, 8, 0, 5);
		RunDefinition rerun = twoSources().rerun(7, now);
		assertThat(rerun.requested()).isEqualTo(now);
		assertThat(rerun.rerunOf()).isEqualTo(7L);
		assertThat(rerun.workbook()).isEqualTo(Path.of("/reports/two-sources-rerun-2026-01-20-080005.xlsx"));
		assertThat(rerun.scope()).isEqualTo(twoSources().scope());
		assertThat(rerun.recipients()).isEqualTo(twoSources().recipients());
		assertThat(rerun.rerun(8, now.plusHours(1)).workbook())
			.isEqualTo(Path.of("/reports/two-sources-rerun-2026-01-20-090005.xlsx"));
	}

	@Test
	void theScopeMatchesSourcesAndCategoriesWhateverTheirCaseAndSpacing() {
		RunScope scope = twoSources().scope();
		assertThat(scope.includes(JAN_15, "japan  today", "Politics")).isTrue();
		assertThat(scope.includes(JAN_16, "KYODO WIRE", "national\u00a0news")).isTrue();
		assertThat(scope.includes(JAN_16, "Kyodo", "politics")).isFalse();
		assertThat(scope.includes(JAN_16.plusDays(1), "Kyodo Wire", "politics")).isFalse();
		assertThat(scope.includes(JAN_15, "Kyodo Wire", null)).isFalse();
	}

}

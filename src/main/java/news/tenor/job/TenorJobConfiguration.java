package news.tenor.job;

import java.nio.file.Path;

import javax.sql.DataSource;

import news.tenor.archive.ArchiveFingerprints;
import news.tenor.archive.ArticleStore;
import news.tenor.archive.ParsedEntry;
import news.tenor.report.ReportWorkbook;
import news.tenor.scoring.ScoreStore;
import news.tenor.scoring.ScoringSettings;
import news.tenor.scoring.ScoringWarmUp;
import news.tenor.scoring.SentenceSplitter;
import news.tenor.scoring.SparkScorer;
import news.tenor.scoring.SparkSessions;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The Tenor job: ingest the archive into H2, score the comments with CoreNLP in Spark,
 * write the workbook. Every step commits as it goes, so a failed run restarts where it
 * stopped.
 */
@Configuration(proxyBeanMethods = false)
public class TenorJobConfiguration {

	public static final String JOB_NAME = "tenor";

	/**
	 * The job, with {@link RunningExecutions} first among its listeners (it holds the
	 * run's lock, released after every other listener, delivery included, is done).
	 */
	@Bean
	Job tenorJob(JobRepository jobRepository, Step ingest, Step score, Step report, RunningExecutions running,
			ObjectProvider<JobExecutionListener> listeners) {
		JobBuilder job = new JobBuilder(JOB_NAME, jobRepository);
		job.listener(running);
		listeners.orderedStream().filter(l -> l != running).forEach(job::listener);
		return job.start(ingest).next(score).next(report).build();
	}

	@Bean
	Step ingest(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ArchiveInputsReader archiveReader, IngestWriter ingestWriter, RunProgress progress,
			ScoringWarmUpListener scoringWarmUp, @Value("${tenor.ingest.chunk-size:50}") int chunkSize) {
		return new StepBuilder("ingest", jobRepository).<ParsedEntry, ParsedEntry>chunk(chunkSize)
			.transactionManager(transactionManager)
			.reader(archiveReader)
			.writer(ingestWriter)
			.listener(ingestWriter)
			.listener(progress)
			.listener(scoringWarmUp)
			.build();
	}

	/** Every input location of the run (one per line of the input parameter), in turn. */
	@Bean
	@StepScope
	ArchiveInputsReader archiveReader(@Value("#{jobParameters['" + TenorParameters.INPUT + "']}") String input,
			ArchiveFingerprints fingerprints) {
		return new ArchiveInputsReader(
				input.lines().map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).toList(), fingerprints);
	}

	@Bean
	@StepScope
	IngestWriter ingestWriter(ArticleStore articles, ArchiveFingerprints fingerprints, ScoreStore scores,
			SentenceSplitter splitter) {
		return new IngestWriter(articles, fingerprints, scores, splitter);
	}

	@Bean
	@StepScope
	ScoringWarmUpListener scoringWarmUpListener(ScoringWarmUp warmUp) {
		return new ScoringWarmUpListener(warmUp);
	}

	@Bean
	Step score(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			UnscoredComments unscoredComments, ScoreWriter scoreWriter, RunProgress progress,
			@Value("${tenor.score.chunk-size:500}") int chunkSize) {
		return new StepBuilder("score", jobRepository).<Long, Long>chunk(chunkSize)
			.transactionManager(transactionManager)
			.reader(unscoredComments)
			.writer(scoreWriter)
			.listener(scoreWriter)
			.listener(progress)
			.build();
	}

	/**
	 * Comments of the run without a score for the model: a restart picks up exactly the
	 * rest.
	 */
	@Bean
	@StepScope
	UnscoredComments unscoredComments(DataSource dataSource, @Value("#{stepExecution.jobExecution}") JobExecution job) {
		long jobInstanceId = job.getJobInstanceId();
		ScoringSettings settings = TenorParameters.scoringSettings(job.getJobParameters());
		JdbcCursorItemReader<Long> cursor = new JdbcCursorItemReaderBuilder<Long>().name("unscoredComments")
			.dataSource(dataSource)
			.sql("SELECT c.id FROM run_article r JOIN comment c ON c.article_id = r.article_id "
					+ "WHERE r.job_instance_id = ? AND NOT EXISTS (SELECT 1 FROM comment_score s "
					+ "WHERE s.comment_id = c.id AND s.model = ?) ORDER BY c.id")
			.preparedStatementSetter(ps -> {
				ps.setLong(1, jobInstanceId);
				ps.setString(2, settings.modelKey());
			})
			.rowMapper((rs, n) -> rs.getLong(1))
			.saveState(false)
			.build();
		return new UnscoredComments(cursor);
	}

	@Bean
	@StepScope
	ScoreWriter scoreWriter(ScoreStore store, SparkScorer scorer, UnscoredComments unscoredComments,
			@Value("${tenor.score.chunk-size:500}") int chunkSize,
			@Value("#{stepExecution.jobExecution.jobParameters}") JobParameters parameters) {
		return new ScoreWriter(store, scorer, unscoredComments, chunkSize, TenorParameters.scoringSettings(parameters));
	}

	@Bean
	Step report(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReportTasklet reportTasklet) {
		return new StepBuilder("report", jobRepository).tasklet(reportTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	ReportTasklet reportTasklet(ReportWorkbook workbook, JobRepository jobRepository, SparkSessions sparkSessions,
			@Value("#{stepExecution.jobExecution.jobParameters}") JobParameters parameters) {
		String overwrite = parameters.getString(TenorParameters.OVERWRITE);
		return new ReportTasklet(workbook, jobRepository, TenorParameters.scoringSettings(parameters),
				sparkSessions.master(), Path.of(parameters.getString(TenorParameters.WORKBOOK)),
				Boolean.parseBoolean(overwrite));
	}

}

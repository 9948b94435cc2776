package news.tenor.job;

import javax.sql.DataSource;

import news.tenor.archive.ArchiveFingerprints;
import news.tenor.archive.ArticleStore;
import news.tenor.delivery.WorkbookDelivery;
import news.tenor.mentions.RunMentions;
import news.tenor.report.ReportWorkbook;
import news.tenor.run.RunDefinition;
import news.tenor.run.RunProgress;
import news.tenor.run.RunningExecutions;
import news.tenor.scoring.CommentScoring;
import news.tenor.scoring.ScoringWarmUp;
import news.tenor.scoring.SentenceLinks;
import news.tenor.scoring.SentenceSplitter;
import news.tenor.scoring.SparkSessions;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The Tenor job: ingest the archive into H2, score the comments with CoreNLP in Spark,
 * find who they talk about, write the workbook. Every step commits as it goes, so a
 * failed run restarts where it stopped. What a run is comes from its
 * {@link RunDefinition}, read from the job parameters in one place.
 */
@Configuration(proxyBeanMethods = false)
public class TenorJobConfiguration {

	public static final String JOB_NAME = "tenor";

	/**
	 * The job. {@link RunningExecutions} comes first among its listeners: it holds the
	 * run's lock, released after every other listener, delivery included, is done. The
	 * workbook is delivered after the job has completed, so a delivery problem never
	 * fails the run.
	 */
	@Bean
	Job tenorJob(JobRepository jobRepository, Step ingest, Step score, Step mentions, Step report,
			RunningExecutions running, WorkbookDelivery delivery) {
		return new JobBuilder(JOB_NAME, jobRepository).validator(RunDefinition.validator())
			.listener(running)
			.listener(delivery)
			.start(ingest)
			.next(score)
			.next(mentions)
			.next(report)
			.build();
	}

	/**
	 * Reads ahead on {@code tenor.ingest.threads} threads (all cores by default) and
	 * writes chunk by chunk, each chunk one transaction, so a restart resumes after the
	 * last committed one.
	 */
	@Bean
	Step ingest(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ArchiveInputsReader archiveReader, IngestWriter ingestWriter, RunProgress progress,
			ScoringWarmUpListener scoringWarmUp, @Value("${tenor.ingest.chunk-size:50}") int chunkSize) {
		return new StepBuilder("ingest", jobRepository).<ReadEntry, ReadEntry>chunk(chunkSize)
			.transactionManager(transactionManager)
			.reader(archiveReader)
			.writer(ingestWriter)
			.listener(ingestWriter)
			.listener(progress)
			.listener(scoringWarmUp)
			.build();
	}

	/** Every input location of the run, in turn. */
	@Bean
	@StepScope
	ArchiveInputsReader archiveReader(@Value("#{stepExecution.jobExecution.jobParameters}") JobParameters parameters,
			ArchiveFingerprints fingerprints, SentenceSplitter splitter,
			@Value("${tenor.ingest.threads:0}") int threads) {
		return new ArchiveInputsReader(RunDefinition.from(parameters).inputs(), fingerprints, splitter,
				threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
	}

	@Bean
	@StepScope
	IngestWriter ingestWriter(ArticleStore articles, ArchiveFingerprints fingerprints, SentenceLinks sentences,
			@Value("#{stepExecution.jobExecution.jobParameters}") JobParameters parameters) {
		return new IngestWriter(articles, fingerprints, sentences, RunDefinition.from(parameters).scope());
	}

	@Bean
	@StepScope
	ScoringWarmUpListener scoringWarmUpListener(ScoringWarmUp warmUp,
			@Value("#{stepExecution.jobExecution.jobParameters}") JobParameters parameters,
			@Value("${tenor.mentions.enabled:true}") boolean mentions) {
		RunDefinition run = RunDefinition.from(parameters);
		return new ScoringWarmUpListener(warmUp, run.scoring().parser(),
				mentions && RunMentions.appliesTo(run.scoring()));
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
		return UnscoredComments.of(dataSource, job.getJobInstanceId(),
				RunDefinition.from(job.getJobParameters()).scoring().modelKey());
	}

	@Bean
	@StepScope
	ScoreWriter scoreWriter(CommentScoring scoring, UnscoredComments unscoredComments,
			@Value("${tenor.score.chunk-size:500}") int chunkSize,
			@Value("#{stepExecution.jobExecution.jobParameters}") JobParameters parameters,
			@Value("${tenor.mentions.enabled:true}") boolean mentions) {
		return new ScoreWriter(scoring, scoring.chunks(RunDefinition.from(parameters).scoring(), mentions),
				unscoredComments, chunkSize);
	}

	/**
	 * Who readers are talking about: after the comments are scored, before the report.
	 */
	@Bean
	Step mentions(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			MentionsTasklet mentionsTasklet) {
		return new StepBuilder("mentions", jobRepository).tasklet(mentionsTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	MentionsTasklet mentionsTasklet(RunMentions mentions,
			@Value("#{stepExecution.jobExecution.jobParameters}") JobParameters parameters,
			@Value("${tenor.mentions.enabled:true}") boolean enabled) {
		return new MentionsTasklet(mentions, RunDefinition.from(parameters), enabled);
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
		return new ReportTasklet(workbook, jobRepository, RunDefinition.from(parameters), sparkSessions.master());
	}

}

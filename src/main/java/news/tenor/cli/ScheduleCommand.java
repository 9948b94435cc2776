package news.tenor.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import news.tenor.run.RunCounts;
import news.tenor.run.RunDefinition;
import news.tenor.run.RunLauncher;
import news.tenor.run.RunOutcome;
import news.tenor.run.RunningExecutions;
import news.tenor.schedule.JobDefinition;
import news.tenor.schedule.JobScheduler;
import news.tenor.scoring.ParserChoice;
import news.tenor.scoring.Scorer;
import news.tenor.scoring.ScoringSettings;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * {@code tenor schedule}: runs every job of the job folder on its cron until the process
 * is told to stop (SIGTERM, Ctrl-C). Then it stops firing, asks the runs in progress to
 * stop at their next chunk boundary (STOPPED, restartable with {@code tenor restart ID})
 * and waits for them, before the database closes.
 */
@Component
class ScheduleCommand implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(ScheduleCommand.class);

	private final RunLauncher launcher;

	private final RunningExecutions running;

	private final JobRepository jobRepository;

	private final ScoringSettings defaults;

	private final Duration reloadInterval;

	private final int parallelRuns;

	private final CountDownLatch stopped = new CountDownLatch(1);

	private volatile JobScheduler jobs;

	private volatile ThreadPoolTaskScheduler scheduler;

	private volatile PrintStream out;

	ScheduleCommand(RunLauncher launcher, RunningExecutions running, JobRepository jobRepository,
			@Value("${tenor.scoring.scorer}") String defaultScorer,
			@Value("${tenor.scoring.parser}") String defaultParser,
			@Value("${tenor.scoring.max-sentence-tokens}") int defaultMaxTokens,
			@Value("${tenor.schedule.reload-interval:5s}") Duration reloadInterval,
			@Value("${tenor.schedule.parallel-runs:2}") int parallelRuns) {
		this.launcher = launcher;
		this.running = running;
		this.jobRepository = jobRepository;
		this.defaults = new ScoringSettings(ParserChoice.of(defaultParser), defaultMaxTokens, Scorer.of(defaultScorer));
		this.reloadInterval = reloadInterval;
		this.parallelRuns = parallelRuns;
	}

	int schedule(Path folder, PrintStream out) throws InterruptedException {
		if (!Files.isDirectory(folder)) {
			throw new UsageException("there is no job folder " + folder + " (see tenor schedule --help)");
		}
		this.out = out;
		ThreadPoolTaskScheduler threads = new ThreadPoolTaskScheduler();
		// one thread reloads the folder, the others run jobs; a run is never interrupted
		threads.setPoolSize(this.parallelRuns + 1);
		threads.setThreadNamePrefix("tenor-schedule-");
		threads.setWaitForTasksToCompleteOnShutdown(true);
		threads.setAwaitTerminationSeconds(0);
		threads.initialize();
		this.scheduler = threads;
		JobScheduler scheduled = new JobScheduler(folder, threads, this::launch, this.reloadInterval, this::say);
		this.jobs = scheduled;
		scheduled.start();
		say("scheduling the jobs in " + folder.toAbsolutePath().normalize() + " (" + scheduled.scheduled().size()
				+ " scheduled); stop with Ctrl-C or SIGTERM");
		this.stopped.await();
		return 0;
	}

	private void launch(JobDefinition job) {
		say("job " + job.name() + ": starting");
		JobExecution run = this.launcher
			.start(job.run(LocalDateTime.now(job.zoneOrDefault()), JobDefinition.Overrides.NONE, this.defaults));
		RunOutcome outcome = RunOutcome.of(run, this.jobRepository);
		say("job " + RunDefinition.from(run.getJobParameters()).jobName() + ": run " + run.getId() + " "
				+ run.getStatus() + ", " + outcome.count(RunCounts.ARTICLES_NEW) + " articles new, "
				+ outcome.count(RunCounts.COMMENTS_SCORED) + " comments scored, workbook "
				+ (outcome.workbook() == null ? "(none)" : outcome.workbook())
				+ (outcome.delivery() == null ? "" : ", delivery " + outcome.delivery()));
	}

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

	private void say(String line) {
		logger.info(line);
		PrintStream stream = this.out;
		if (stream != null) {
			stream.println(LocalDateTime.now().format(TIMESTAMP) + "  " + line);
		}
	}

	@Override
	public void start() {
	}

	@Override
	public void stop() {
		JobScheduler scheduled = this.jobs;
		if (scheduled == null) {
			return;
		}
		say("stopping: no new runs; runs in progress stop at their next chunk boundary");
		scheduled.close();
		this.scheduler.shutdown();
		this.running.stopAll();
		try {
			// the runs' threads finish recording their end before the database closes
			this.scheduler.getScheduledExecutor().awaitTermination(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		say("stopped");
		this.jobs = null;
		this.stopped.countDown();
	}

	@Override
	public boolean isRunning() {
		return this.jobs != null;
	}

}

package news.tenor.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Runs every job of a folder on its cron. The folder is looked at again every reload
 * interval: a new or changed file is read and (re)scheduled, a removed one unscheduled. A
 * file that cannot be read is reported, with its line and field, and the job keeps its
 * last good definition, so a typo in a running newsroom does not silently stop its
 * reports. Jobs without a schedule are left for {@code tenor run}.
 */
public final class JobScheduler implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(JobScheduler.class);

	/** What the scheduler knows of one file. */
	private record Known(String stamp, JobDefinition definition, ScheduledFuture<?> firing) {
	}

	private final Path folder;

	private final TaskScheduler scheduler;

	private final Consumer<JobDefinition> launch;

	private final Duration reloadInterval;

	private final Consumer<String> report;

	private final Map<Path, Known> known = new HashMap<>();

	private ScheduledFuture<?> reloading;

	private boolean closed;

	/**
	 * @param launch runs a job now (called on a scheduler thread, once per firing)
	 * @param report where to say what was scheduled and what went wrong, besides the log
	 */
	public JobScheduler(Path folder, TaskScheduler scheduler, Consumer<JobDefinition> launch, Duration reloadInterval,
			Consumer<String> report) {
		this.folder = folder;
		this.scheduler = scheduler;
		this.launch = launch;
		this.reloadInterval = reloadInterval;
		this.report = report;
	}

	public synchronized void start() {
		reload();
		this.reloading = this.scheduler.scheduleWithFixedDelay(this::reload, Instant.now().plus(this.reloadInterval),
				this.reloadInterval);
	}

	/** Reads what changed in the folder since the last look. */
	public synchronized void reload() {
		if (this.closed) {
			return;
		}
		List<Path> files;
		try {
			files = JobFiles.list(this.folder);
		}
		catch (IOException ex) {
			say("cannot list the job folder " + this.folder + ": " + ex.getMessage());
			return;
		}
		Set<Path> present = new HashSet<>(files);
		for (Path gone : Set.copyOf(this.known.keySet())) {
			if (!present.contains(gone)) {
				Known was = this.known.remove(gone);
				cancel(was);
				if (was.definition() != null) {
					say("unscheduled " + was.definition().name() + ": " + gone + " was removed");
				}
			}
		}
		for (Path file : files) {
			String stamp = stamp(file);
			Known was = this.known.get(file);
			if (was != null && was.stamp().equals(stamp)) {
				continue;
			}
			JobDefinition definition;
			try {
				definition = JobFiles.read(file);
				String clash = nameTakenBy(definition.name(), file);
				if (clash != null) {
					throw new JobFileException(file, 0, "name: job " + definition.name() + " is defined in " + clash
							+ " already; job names must be unique");
				}
			}
			catch (JobFileException ex) {
				say(ex.getMessage() + (was != null && was.definition() != null
						? " (keeping the previous definition of " + was.definition().name() + ")" : ""));
				this.known.put(file,
						new Known(stamp, was == null ? null : was.definition(), was == null ? null : was.firing()));
				continue;
			}
			cancel(was);
			ScheduledFuture<?> firing = null;
			if (definition.cron() == null) {
				say("job " + definition.name() + " (" + file + ") has no schedule: run it with tenor run " + file);
			}
			else {
				firing = this.scheduler.schedule(() -> fire(definition),
						new CronTrigger(definition.cron(), definition.zoneOrDefault()));
				say((was == null ? "scheduled " : "rescheduled ") + definition.name() + " (" + file + "): cron \""
						+ definition.cron() + "\" in " + definition.zoneOrDefault() + ", next run " + next(definition));
			}
			this.known.put(file, new Known(stamp, definition, firing));
		}
	}

	private void fire(JobDefinition definition) {
		try {
			this.launch.accept(definition);
		}
		catch (RuntimeException ex) {
			say("job " + definition.name() + ": " + ex.getMessage());
			logger.debug("Run of " + definition.name() + " failed", ex);
		}
	}

	/** The jobs scheduled now, by name. */
	public synchronized Map<String, JobDefinition> scheduled() {
		Map<String, JobDefinition> jobs = new HashMap<>();
		this.known.values()
			.stream()
			.filter(k -> k.definition() != null && k.firing() != null)
			.forEach(k -> jobs.put(k.definition().name(), k.definition()));
		return jobs;
	}

	private String nameTakenBy(String name, Path file) {
		return this.known.entrySet()
			.stream()
			.filter(e -> !e.getKey().equals(file) && e.getValue().definition() != null
					&& e.getValue().definition().name().equals(name))
			.map(e -> e.getKey().toString())
			.findFirst()
			.orElse(null);
	}

	private static String next(JobDefinition definition) {
		var next = CronExpression.parse(definition.cron()).next(ZonedDateTime.now(definition.zoneOrDefault()));
		return next == null ? "never" : next.withNano(0).toString();
	}

	private static String stamp(Path file) {
		try {
			return Files.getLastModifiedTime(file).toMillis() + "/" + Files.size(file);
		}
		catch (IOException ex) {
			return "unreadable";
		}
	}

	private static void cancel(Known known) {
		if (known != null && known.firing() != null) {
			known.firing().cancel(false);
		}
	}

	private void say(String message) {
		logger.info(message);
		this.report.accept(message);
	}

	/**
	 * Stops firing; runs already going are left to finish or be stopped by their owner.
	 */
	@Override
	public synchronized void close() {
		this.closed = true;
		if (this.reloading != null) {
			this.reloading.cancel(false);
		}
		this.known.values().forEach(JobScheduler::cancel);
	}

}

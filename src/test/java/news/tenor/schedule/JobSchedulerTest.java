package news.tenor.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The scheduler on its own, with a real task scheduler and real job files, and a launcher
 * that records what fired.
 */
class JobSchedulerTest {

	@TempDir
	Path folder;

	ThreadPoolTaskScheduler threads;

	List<String> fired = new CopyOnWriteArrayList<>();

	List<String> said = new CopyOnWriteArrayList<>();

	JobScheduler scheduler;

	@BeforeEach
	void start() {
		this.threads = new ThreadPoolTaskScheduler();
		this.threads.setPoolSize(2);
		this.threads.initialize();
		this.scheduler = new JobScheduler(this.folder, this.threads, job -> this.fired.add(job.name()),
				Duration.ofHours(1), this.said::add);
	}

	@AfterEach
	void stop() {
		this.scheduler.close();
		this.threads.shutdown();
	}

	Path job(String name, String cron) throws IOException {
		String archive = Path.of("src/sample-archive").toAbsolutePath().toString();
		return Files.writeString(this.folder.resolve(name + ".yaml"),
				"inputs: " + archive + "\n" + (cron == null ? "" : "schedule:\n  cron: \"" + cron + "\"\n"));
	}

	@Test
	void aJobFiresOnItsCron() throws IOException {
		job("every-second", "* * * * * *");
		job("on-demand", null);
		this.scheduler.start();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.fired.size() >= 2);
		assertThat(this.fired).containsOnly("every-second");
		assertThat(this.scheduler.scheduled()).containsOnlyKeys("every-second");
		assertThat(this.said).anyMatch(s -> s.startsWith("job on-demand") && s.contains("has no schedule"));
	}

	@Test
	void changedFilesAreReadAgainAndRemovedOnesUnscheduled() throws IOException {
		Path file = job("nightly", "0 0 2 * * *");
		this.scheduler.start();
		assertThat(this.scheduler.scheduled().get("nightly").cron()).isEqualTo("0 0 2 * * *");

		job("nightly", "0 30 3 * * *");
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
		this.scheduler.reload();
		assertThat(this.scheduler.scheduled().get("nightly").cron()).isEqualTo("0 30 3 * * *");

		Files.delete(file);
		this.scheduler.reload();
		assertThat(this.scheduler.scheduled()).isEmpty();
		assertThat(this.said).anyMatch(s -> s.startsWith("unscheduled nightly"));
	}

	@Test
	void aBrokenEditKeepsTheLastGoodDefinition() throws IOException {
		Path file = job("nightly", "0 0 2 * * *");
		this.scheduler.start();
		Files.writeString(file, "inputs: src/sample-archive\nschedule:\n  cron: \"every night\"\n");
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
		this.scheduler.reload();
		assertThat(this.scheduler.scheduled().get("nightly").cron()).isEqualTo("0 0 2 * * *");
		assertThat(this.said).anyMatch(s -> s.startsWith(file + " line 3: schedule.cron: 'every night'")
				&& s.endsWith("(keeping the previous definition of nightly)"));
	}

}

package news.tenor.run;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Progress of long runs: the current step, items done out of the total and an ETA. On a
 * terminal the line is rewritten in place after every chunk; elsewhere (a pipe, a log
 * file, the scheduler) a line is written every interval. The score step's total is
 * counted when it starts (the comments of the run without a score); the ingest step
 * cannot know how many entries an archive holds without reading it twice, so it shows
 * what it has read and the rate.
 */
@Component
public class RunProgress implements StepExecutionListener, ChunkListener<Object, Object> {

	private static final Log logger = LogFactory.getLog(RunProgress.class);

	private static final long IN_PLACE_EVERY_NANOS = Duration.ofMillis(250).toNanos();

	/**
	 * @param total -1 while unknown: the score step counts what it has to score as its
	 * reader opens, after the step started
	 */
	private record Tracked(String step, String unit, long[] total, long startDone, long started, long[] lastShown) {
	}

	private final Duration interval;

	private final Map<Long, Tracked> steps = new ConcurrentHashMap<>();

	private volatile PrintStream out;

	private volatile boolean inPlace;

	RunProgress(@Value("${tenor.progress.interval:10s}") Duration interval) {
		this.interval = interval;
	}

	/**
	 * Shows progress on the given stream (in place when it is a terminal) instead of the
	 * log.
	 */
	public void printTo(PrintStream out, boolean inPlace) {
		this.out = out;
		this.inPlace = inPlace;
	}

	@Override
	public void beforeStep(StepExecution step) {
		String unit;
		if ("score".equals(step.getStepName())) {
			unit = "comments";
		}
		else if ("ingest".equals(step.getStepName())) {
			unit = "entries";
		}
		else {
			return;
		}
		this.steps.put(step.getId(), new Tracked(step.getStepName(), unit, new long[] { -1 }, step.getWriteCount(),
				System.nanoTime(), new long[] { System.nanoTime() }));
	}

	/**
	 * The step's total, once its reader has counted it
	 * ({@link RunCounts#COMMENTS_TO_SCORE}).
	 */
	private static long total(Tracked tracked, StepExecution step) {
		if (tracked.total()[0] < 0 && "comments".equals(tracked.unit())
				&& step.getExecutionContext().containsKey(RunCounts.COMMENTS_TO_SCORE)) {
			// a restarted step counts what is left: its total is that plus what it did
			tracked.total()[0] = tracked.startDone() + step.getExecutionContext().getLong(RunCounts.COMMENTS_TO_SCORE);
		}
		return tracked.total()[0];
	}

	@Override
	public void afterChunk(Chunk<Object> chunk) {
		StepContext context = StepSynchronizationManager.getContext();
		if (context == null) {
			return;
		}
		StepExecution step = context.getStepExecution();
		Tracked tracked = this.steps.get(step.getId());
		if (tracked == null) {
			return;
		}
		long now = System.nanoTime();
		boolean terminal = this.out != null && this.inPlace;
		long every = terminal ? IN_PLACE_EVERY_NANOS : this.interval.toNanos();
		if (now - tracked.lastShown()[0] < every) {
			return;
		}
		tracked.lastShown()[0] = now;
		show(line(tracked, total(tracked, step), step.getWriteCount() + chunk.size(), now), terminal);
	}

	@Override
	public ExitStatus afterStep(StepExecution step) {
		Tracked tracked = this.steps.remove(step.getId());
		if (tracked != null && this.out != null && this.inPlace) {
			show(line(tracked, total(tracked, step), step.getWriteCount(), System.nanoTime()), true);
			this.out.println();
		}
		return null;
	}

	static String line(String step, String unit, long done, long total, Duration elapsed, long doneThisRun) {
		double seconds = elapsed.toMillis() / 1000.0;
		double rate = seconds > 0 ? doneThisRun / seconds : 0;
		StringBuilder line = new StringBuilder(step).append(": ").append(done);
		if (total >= 0) {
			line.append('/').append(total).append(' ').append(unit);
			if (total > 0) {
				line.append(String.format(" (%d%%)", Math.min(100, done * 100 / total)));
			}
		}
		else {
			line.append(' ').append(unit);
		}
		line.append(String.format(", %.1f/s", rate));
		if (total >= 0 && rate > 0) {
			long left = (long) Math.ceil(Math.max(0, total - done) / rate);
			line.append(String.format(", ETA %d:%02d", left / 60, left % 60));
		}
		return line.toString();
	}

	private static String line(Tracked tracked, long total, long done, long now) {
		return line(tracked.step(), tracked.unit(), done, total, Duration.ofNanos(now - tracked.started()),
				done - tracked.startDone());
	}

	private void show(String line, boolean terminal) {
		PrintStream stream = this.out;
		if (stream == null) {
			logger.info(line);
		}
		else if (terminal) {
			stream.print("\r" + line + "   ");
			stream.flush();
		}
		else {
			stream.println(line);
		}
	}

}

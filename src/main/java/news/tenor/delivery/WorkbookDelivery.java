package news.tenor.delivery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import news.tenor.run.RunDefinition;
import news.tenor.run.RunFigures;
import news.tenor.run.RunOutcome;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mails the finished workbook to a job's recipients, with the run's headline figures
 * (those its report computed, {@link RunFigures}) in the body. It runs after the job has
 * completed (a job listener, not a step), so a delivery problem never fails the run nor
 * repeats its report: it is retried with backoff, and the outcome is recorded on the run
 * ({@link RunOutcome}) for {@code tenor list}. SMTP settings come from
 * {@code spring.mail.*} (application.properties or the environment), never from job
 * files, and are never logged.
 */
@Component
public class WorkbookDelivery implements JobExecutionListener {

	private static final Log logger = LogFactory.getLog(WorkbookDelivery.class);

	private final MailServer mailServer;

	private final JobRepository jobRepository;

	private final String from;

	private final RetryTemplate retry;

	private final int attempts;

	WorkbookDelivery(MailServer mailServer, JobRepository jobRepository,
			@Value("${tenor.delivery.from:tenor@localhost}") String from,
			@Value("${tenor.delivery.attempts:3}") int attempts,
			@Value("${tenor.delivery.backoff:5s}") Duration backoff) {
		this.mailServer = mailServer;
		this.jobRepository = jobRepository;
		this.from = from;
		this.attempts = Math.max(1, attempts);
		this.retry = new RetryTemplate(RetryPolicy.builder()
			.maxRetries(this.attempts - 1)
			.delay(backoff)
			.multiplier(2)
			.maxDelay(backoff.multipliedBy(8))
			.build());
	}

	@Override
	public void afterJob(JobExecution execution) {
		RunDefinition run = RunDefinition.from(execution.getJobParameters());
		if (execution.getStatus() != BatchStatus.COMPLETED || run.recipients().isEmpty()) {
			return;
		}
		String status;
		try {
			status = deliver(execution, run);
		}
		catch (RuntimeException ex) {
			status = "failed: " + ex.getMessage();
		}
		logger.info("Run " + execution.getId() + " delivery: " + status);
		RunOutcome.recordDelivery(execution, status);
		try {
			this.jobRepository.updateExecutionContext(execution);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not record the delivery of run " + execution.getId() + ": " + ex.getMessage());
		}
	}

	private String deliver(JobExecution execution, RunDefinition run) {
		MailServer.Sender server = this.mailServer.sender();
		if (server.sender() == null) {
			return "not sent: " + server.unusable();
		}
		JavaMailSender sender = server.sender();
		RunOutcome outcome = RunOutcome.of(execution, this.jobRepository);
		String workbook = outcome.workbook();
		if (workbook == null || !Files.isRegularFile(Path.of(workbook))) {
			return "not sent: the workbook " + workbook + " is missing";
		}
		Path file = Path.of(workbook);
		List<String> recipients = run.recipients();
		String subject = run.subject() != null ? run.subject() : subject(run);
		String body = body(execution.getId(), run, outcome.figures(), file);
		try {
			this.retry.execute(() -> {
				MimeMessage message = sender.createMimeMessage();
				MimeMessageHelper mail = new MimeMessageHelper(message, true, "UTF-8");
				mail.setFrom(this.from);
				mail.setTo(recipients.toArray(new String[0]));
				mail.setSubject(subject);
				mail.setText(body);
				mail.addAttachment(file.getFileName().toString(), new FileSystemResource(file));
				sender.send(message);
				return null;
			});
		}
		catch (RetryException ex) {
			Throwable last = ex.getLastException() != null ? ex.getLastException() : ex;
			return "failed after " + this.attempts + " attempts: " + oneLine(last);
		}
		return "sent to " + String.join(", ", recipients) + " at " + LocalDateTime.now().withNano(0);
	}

	static String subject(RunDefinition run) {
		StringBuilder subject = new StringBuilder("Tenor report: ").append(run.jobName());
		if (run.from() != null && run.from().equals(run.to())) {
			subject.append(", ").append(run.from());
		}
		else if (run.from() != null || run.to() != null) {
			subject.append(", ")
				.append(run.from() == null ? "start" : run.from())
				.append(" to ")
				.append(run.to() == null ? "today" : run.to());
		}
		return subject.toString();
	}

	/** The headline figures of the run, as its report computed them, and its workbook. */
	static String body(long executionId, RunDefinition run, RunFigures figures, Path workbook) {
		StringBuilder body = new StringBuilder(subject(run)).append("\n\n");
		if (figures != null) {
			body.append("Articles: ").append(figures.articles()).append('\n');
			body.append("Comments: ")
				.append(figures.comments())
				.append(" (")
				.append(figures.scored())
				.append(" scored)\n");
			if (figures.meanScore() != null) {
				body.append(String.format("Mean comment score: %+.2f (from -1, very negative, to +1, very positive)%n",
						figures.meanScore()));
				body.append("Negative / neutral / positive comments: ")
					.append(figures.negative())
					.append(" / ")
					.append(figures.neutral())
					.append(" / ")
					.append(figures.positive())
					.append('\n');
			}
			if (figures.mostDiscussed() != null) {
				body.append("Most discussed: \"")
					.append(figures.mostDiscussed())
					.append("\" (")
					.append(figures.mostDiscussedComments())
					.append(" comments)\n");
			}
			if (!figures.mostMentioned().isEmpty()) {
				body.append("Most mentioned (net sentiment of the comments naming them, toward them):\n");
				for (RunFigures.Mentioned m : figures.mostMentioned()) {
					body.append("  ")
						.append(m.name())
						.append(" (")
						.append(m.type())
						.append("): ")
						.append(m.comments())
						.append(m.comments() == 1 ? " comment" : " comments");
					if (m.netSentiment() != null) {
						body.append(String.format(", net sentiment %+.0f%%, mean score %+.2f", m.netSentiment() * 100,
								m.meanScore()));
					}
					body.append('\n');
				}
			}
		}
		body.append("\nWorkbook (attached): ").append(workbook.toAbsolutePath()).append('\n');
		body.append(workbook.toAbsolutePath().toUri()).append('\n');
		body.append("\nRun ").append(executionId).append(" (tenor list to see all runs)\n");
		return body.toString();
	}

	private static String oneLine(Throwable failure) {
		String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
		String line = message.lines().findFirst().orElse(message).strip();
		return line.length() > 200 ? line.substring(0, 200) + "..." : line;
	}

}

package news.tenor.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import news.tenor.job.TenorParameters;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mails the finished workbook to a job's recipients, with the run's headline figures in
 * the body. It runs after the job has completed (a job listener, not a step), so a
 * delivery problem never fails the run nor repeats its report: it is retried with
 * backoff, and the outcome is recorded on the run ({@value #STATUS} in the job execution
 * context) for {@code tenor list}. SMTP settings come from {@code spring.mail.*}
 * (application.properties or the environment), never from job files, and are never
 * logged.
 */
@Component
public class WorkbookDelivery implements JobExecutionListener {

	/** The job execution context key of the delivery outcome. */
	public static final String STATUS = "delivery.status";

	private static final Log logger = LogFactory.getLog(WorkbookDelivery.class);

	private final ObjectProvider<JavaMailSender> mailSender;

	private final JobRepository jobRepository;

	private final JdbcTemplate jdbc;

	private final String from;

	private final RetryTemplate retry;

	private final int attempts;

	WorkbookDelivery(ObjectProvider<JavaMailSender> mailSender, JobRepository jobRepository, JdbcTemplate jdbc,
			@Value("${tenor.delivery.from:tenor@localhost}") String from,
			@Value("${tenor.delivery.attempts:3}") int attempts,
			@Value("${tenor.delivery.backoff:5s}") Duration backoff) {
		this.mailSender = mailSender;
		this.jobRepository = jobRepository;
		this.jdbc = jdbc;
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
		List<String> recipients = TenorParameters.list(execution.getJobParameters(), TenorParameters.RECIPIENTS);
		if (execution.getStatus() != BatchStatus.COMPLETED || recipients.isEmpty()) {
			return;
		}
		String status;
		try {
			status = deliver(execution, recipients);
		}
		catch (RuntimeException ex) {
			status = "failed: " + ex.getMessage();
		}
		logger.info("Run " + execution.getId() + " delivery: " + status);
		execution.getExecutionContext().putString(STATUS, status);
		try {
			this.jobRepository.updateExecutionContext(execution);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not record the delivery of run " + execution.getId() + ": " + ex.getMessage());
		}
	}

	private String deliver(JobExecution execution, List<String> recipients) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			return "not sent: no SMTP server configured (set spring.mail.host)";
		}
		String workbook = execution.getExecutionContext().getString("report.workbook", null);
		if (workbook == null || !Files.isRegularFile(Path.of(workbook))) {
			return "not sent: the workbook " + workbook + " is missing";
		}
		Path file = Path.of(workbook);
		String subject = execution.getJobParameters()
			.getString(TenorParameters.SUBJECT, subject(execution.getJobParameters()));
		String body = body(execution, file);
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

	static String subject(JobParameters parameters) {
		StringBuilder subject = new StringBuilder("Tenor report: ").append(TenorParameters.jobName(parameters));
		var from = parameters.getLocalDate(TenorParameters.FROM);
		var to = parameters.getLocalDate(TenorParameters.TO);
		if (from != null && from.equals(to)) {
			subject.append(", ").append(from);
		}
		else if (from != null || to != null) {
			subject.append(", ").append(from == null ? "start" : from).append(" to ").append(to == null ? "today" : to);
		}
		return subject.toString();
	}

	/** The headline figures of the run, and where its workbook is. */
	String body(JobExecution execution, Path workbook) {
		long instance = execution.getJobInstanceId();
		String model = TenorParameters.scoringSettings(execution.getJobParameters()).modelKey();
		Map<String, Object> figures = this.jdbc.queryForMap(
				"SELECT COUNT(DISTINCT r.article_id) AS articles, COUNT(c.id) AS comments, COUNT(s.score) AS scored, "
						+ "AVG(s.score) AS mean, SUM(CASE WHEN s.label <= 1 THEN 1 ELSE 0 END) AS negative, "
						+ "SUM(CASE WHEN s.label = 2 THEN 1 ELSE 0 END) AS neutral, "
						+ "SUM(CASE WHEN s.label >= 3 THEN 1 ELSE 0 END) AS positive FROM run_article r "
						+ "LEFT JOIN comment c ON c.article_id = r.article_id "
						+ "LEFT JOIN comment_score s ON s.comment_id = c.id AND s.model = ? WHERE r.job_instance_id = ?",
				model, instance);
		List<Map<String, Object>> mostDiscussed = this.jdbc.queryForList(
				"SELECT a.title, COUNT(c.id) AS comments FROM run_article r JOIN article a ON a.id = r.article_id "
						+ "LEFT JOIN comment c ON c.article_id = a.id WHERE r.job_instance_id = ? "
						+ "GROUP BY a.id, a.title ORDER BY comments DESC, a.title LIMIT 1",
				instance);
		StringBuilder body = new StringBuilder(subject(execution.getJobParameters())).append("\n\n");
		body.append("Articles: ").append(number(figures.get("ARTICLES"))).append('\n');
		body.append("Comments: ")
			.append(number(figures.get("COMMENTS")))
			.append(" (")
			.append(number(figures.get("SCORED")))
			.append(" scored)\n");
		if (figures.get("MEAN") instanceof Number mean) {
			body.append(String.format("Mean comment score: %+.2f (from -1, very negative, to +1, very positive)%n",
					mean.doubleValue()));
			body.append("Negative / neutral / positive comments: ")
				.append(number(figures.get("NEGATIVE")))
				.append(" / ")
				.append(number(figures.get("NEUTRAL")))
				.append(" / ")
				.append(number(figures.get("POSITIVE")))
				.append('\n');
		}
		if (!mostDiscussed.isEmpty()) {
			body.append("Most discussed: \"")
				.append(mostDiscussed.get(0).get("TITLE"))
				.append("\" (")
				.append(number(mostDiscussed.get(0).get("COMMENTS")))
				.append(" comments)\n");
		}
		body.append("\nWorkbook (attached): ").append(workbook.toAbsolutePath()).append('\n');
		body.append(workbook.toAbsolutePath().toUri()).append('\n');
		body.append("\nRun ").append(execution.getId()).append(" (tenor list to see all runs)\n");
		return body.toString();
	}

	private static long number(Object value) {
		return value instanceof Number n ? n.longValue() : 0;
	}

	private static String oneLine(Throwable failure) {
		String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
		String line = message.lines().findFirst().orElse(message).strip();
		return line.length() > 200 ? line.substring(0, 200) + "..." : line;
	}

}

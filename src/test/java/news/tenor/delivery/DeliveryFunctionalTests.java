package news.tenor.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import news.tenor.TenorRuns.Result;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static news.tenor.TenorRuns.SAMPLE;
import static news.tenor.TenorRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delivery of a finished workbook through a real SMTP server (GreenMail, in the test
 * JVM): recipients, subject, headline figures and the attached workbook; and a server
 * that cannot be reached, which is retried and recorded on the run without failing it.
 */
class DeliveryFunctionalTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@TempDir
	Path work;

	@AfterEach
	void forgetTheServer() {
		System.clearProperty("spring.mail.host");
		System.clearProperty("spring.mail.port");
		System.clearProperty("tenor.delivery.backoff");
		System.clearProperty("tenor.delivery.attempts");
	}

	Path jobFile() throws IOException {
		return Files.writeString(this.work.resolve("desk.yaml"), """
				name: desk
				inputs: %s
				window: {from: 2026-01-15, to: 2026-01-15}
				output: {folder: %s}
				delivery:
				  recipients: [desk@example.com, editor@example.com]
				  subject: Morning report
				""".formatted(SAMPLE, this.work.resolve("reports")));
	}

	@Test
	void theWorkbookIsMailedWithItsHeadlineFigures() throws Exception {
		System.setProperty("spring.mail.host", "127.0.0.1");
		System.setProperty("spring.mail.port", Integer.toString(smtp.getSmtp().getPort()));
		Result result = run("run", jobFile().toString(), "--data-dir", this.work.resolve("data").toString());
		assertThat(result.exitCode()).as(result.err()).isZero();
		assertThat(result.out()).contains("Delivery: sent to desk@example.com, editor@example.com at ");

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(2); // one copy per recipient's mailbox
		MimeMessage mail = received[0];
		assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString))
			.containsExactly("desk@example.com", "editor@example.com");
		assertThat(mail.getSubject()).isEqualTo("Morning report");
		MimeMultipart parts = (MimeMultipart) mail.getContent();
		String body = text(parts);
		assertThat(body).contains("Tenor report: desk, 2026-01-15", "Articles: 1", "Comments: 5 (5 scored)",
				"Mean comment score: ",
				"Most discussed: \"Koizumi, Hegseth exercise together, discuss alliance amid concerns in Asia\" (5 comments)",
				"Workbook (attached): " + result.workbook());
		// the three most mentioned, with the net sentiment toward each, as the Overview
		// has them
		assertThat(body).containsSubsequence("Most mentioned (net sentiment of the comments naming them, toward them):",
				"  Shinjiro Koizumi (Person): 3 comments, net sentiment +67%, mean score +0.20",
				"  LDP (Organisation): 1 comment, net sentiment +100%, mean score +0.12",
				"  Pete Hegseth (Person): 1 comment, net sentiment -100%, mean score -0.33", "Workbook (attached)");
		BodyPart attachment = attachment(parts);
		assertThat(attachment.getFileName()).isEqualTo("desk-2026-01-15-2026-01-15.xlsx");
		try (InputStream in = attachment.getInputStream(); Workbook book = WorkbookFactory.create(in)) {
			assertThat(book.getSheet("Articles").getRow(1).getCell(0).getStringCellValue())
				.startsWith("Koizumi, Hegseth");
			assertThat(book.getSheet("Comments").getLastRowNum()).isEqualTo(5);
		}
	}

	@Test
	void anUnreachableServerIsRetriedAndRecordedWithoutFailingTheRun() throws Exception {
		System.setProperty("spring.mail.host", "127.0.0.1");
		System.setProperty("spring.mail.port", "1"); // nothing listens there
		System.setProperty("tenor.delivery.backoff", "10ms");
		System.setProperty("tenor.delivery.attempts", "2");
		Path data = this.work.resolve("data");
		Result result = run("run", jobFile().toString(), "--data-dir", data.toString());
		assertThat(result.exitCode()).as(result.err()).isZero();
		assertThat(result.workbook()).exists();
		assertThat(result.out()).contains("Delivery: failed after 2 attempts: ");

		Result list = run("list", "--data-dir", data.toString());
		assertThat(list.out()).containsPattern("(?m)^1 +desk +COMPLETED")
			.contains("delivery:   failed after 2 attempts: ");
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void aMistypedSettingKeepsTheWorkbookFromBeingSentAndStopsNothingElse() throws Exception {
		System.setProperty("spring.mail.host", "127.0.0.1");
		System.setProperty("spring.mail.port", "notaport");
		Path data = this.work.resolve("data");
		Result result = run("run", jobFile().toString(), "--data-dir", data.toString());
		assertThat(result.exitCode()).as(result.err()).isZero();
		assertThat(result.out())
			.contains("Delivery: not sent: the SMTP settings cannot be used: spring.mail.port 'notaport' is not valid");
		Result list = run("list", "--data-dir", data.toString());
		assertThat(list.exitCode()).as(list.err()).isZero();
		assertThat(list.out()).containsPattern("(?m)^1 +desk +COMPLETED");
	}

	private static String text(MimeMultipart parts) throws Exception {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (part.getContent() instanceof MimeMultipart nested) {
				text.append(text(nested));
			}
			else if (part.getFileName() == null && part.getContent() instanceof String s) {
				text.append(s);
			}
		}
		return text.toString();
	}

	private static BodyPart attachment(MimeMultipart parts) throws Exception {
		for (int i = 0; i < parts.getCount(); i++) {
			if (parts.getBodyPart(i).getFileName() != null) {
				return parts.getBodyPart(i);
			}
		}
		throw new AssertionError("no attachment");
	}

}

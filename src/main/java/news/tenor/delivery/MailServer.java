package news.tenor.delivery;

import java.util.Properties;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The SMTP server of Spring Boot's {@code spring.mail.*} settings, read when a workbook
 * is to be sent and not before: Boot's own mail auto-configuration binds them as the
 * application starts, so a mistyped setting ({@code SPRING_MAIL_PORT=notaport}) stopped
 * every command, {@code list} included. Here it only keeps that delivery from being sent,
 * and says why.
 */
@Component
class MailServer {

	/** A sender, or why there is none. */
	record Sender(JavaMailSenderImpl sender, String unusable) {
	}

	private final Environment environment;

	MailServer(Environment environment) {
		this.environment = environment;
	}

	Sender sender() {
		MailProperties mail;
		try {
			mail = Binder.get(this.environment).bind("spring.mail", MailProperties.class).orElse(null);
		}
		catch (BindException ex) {
			String value = ex.getProperty() == null ? "" : " '" + ex.getProperty().getValue() + "'";
			String name = (ex.getProperty() == null ? ex.getName() : ex.getProperty().getName()).toString();
			return new Sender(null, "the SMTP settings cannot be used: " + name + value + " is not valid");
		}
		if (mail == null || mail.getHost() == null || mail.getHost().isBlank()) {
			return new Sender(null, "no SMTP server configured (set spring.mail.host)");
		}
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(mail.getHost());
		if (mail.getPort() != null) {
			sender.setPort(mail.getPort());
		}
		sender.setUsername(mail.getUsername());
		sender.setPassword(mail.getPassword());
		if (mail.getProtocol() != null) {
			sender.setProtocol(mail.getProtocol());
		}
		if (mail.getDefaultEncoding() != null) {
			sender.setDefaultEncoding(mail.getDefaultEncoding().name());
		}
		Properties properties = new Properties();
		properties.putAll(mail.getProperties());
		sender.setJavaMailProperties(properties);
		return new Sender(sender, null);
	}

}

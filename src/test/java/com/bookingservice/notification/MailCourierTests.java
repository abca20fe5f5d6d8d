package com.bookingservice.notification;

import java.net.SocketTimeoutException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ScheduledExecutorService;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.util.StreamProvider;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which of the mail server's refusals fail a delivery for good, as Jakarta Mail reports them,
 * and how the mail library is set up for many e-mails at once.
 */
class MailCourierTests {

	@Test
	void anInvalidRecipientFailsForGood() throws Exception {
		InternetAddress guest = new InternetAddress("guest@example.com");
		var rejected = new SMTPAddressFailedException(guest, "RCPT TO:<guest@example.com>", 550,
				"550 5.1.1 No such user");
		var failed = new SendFailedException("Invalid Addresses", rejected, new Address[0], new Address[0],
				new Address[] { guest });

		assertThat(MailCourier.isPermanent(new MailSendException(Map.of("message", failed)))).isTrue();
	}

	@Test
	void aPermanentRefusalOfTheMessageFailsForGood() throws Exception {
		var refused = new SMTPSendFailedException("DATA", 554, "554 5.7.1 Message rejected", null, null, null, null);

		assertThat(MailCourier.isPermanent(new MailSendException(Map.of("message", refused)))).isTrue();
	}

	@Test
	void aPassingRefusalIsTriedAgain() throws Exception {
		InternetAddress guest = new InternetAddress("guest@example.com");
		var busy = new SMTPAddressFailedException(guest, "RCPT TO:<guest@example.com>", 451, "451 4.3.0 Try later");
		var failed = new SendFailedException("Unsent", busy, new Address[0], new Address[] { guest }, new Address[0]);

		assertThat(MailCourier.isPermanent(new MailSendException(Map.of("message", failed)))).isFalse();
	}

	@Test
	void anUnreachableServerIsTriedAgain() {
		var unreachable = new MessagingException("Connect failed", new SocketTimeoutException("connect timed out"));

		assertThat(MailCourier.isPermanent(new MailSendException("Mail server connection failed", unreachable)))
			.isFalse();
	}

	@Test
	void refusedCredentialsFailForGood() {
		assertThat(MailCourier.isPermanent(new MailAuthenticationException("535 Authentication failed"))).isTrue();
	}

	@Test
	void connectionsShareOneSchedulerForTheirWriteTimeOuts() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		Properties properties = new Properties();
		properties.setProperty("mail.smtp.writetimeout", "10000");
		sender.setJavaMailProperties(properties);

		ScheduledExecutorService scheduler = MailCourier.tune(sender);
		try {
			assertThat(scheduler).isNotNull();
			assertThat(sender.getSession().getProperties().get("mail.smtp.executor.writetimeout")).isSameAs(scheduler);
			assertThat(sender.getSession().getProperty("mail.smtp.writetimeout")).isEqualTo("10000");
			assertThat(System.getProperty(StreamProvider.class.getName()))
				.isEqualTo("org.eclipse.angus.mail.util.MailStreamProvider");
		}
		finally {
			scheduler.shutdownNow();
		}
	}

	@Test
	void aSenderWithoutAWriteTimeOutIsLeftAsItIs() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();

		assertThat(MailCourier.tune(sender)).isNull();
		assertThat(sender.getSession().getProperties()).doesNotContainKey("mail.smtp.executor.writetimeout");
	}

}

package com.bookingservice.notification;

import java.net.SocketTimeoutException;
import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which of the mail server's refusals fail a delivery for good, as Jakarta Mail reports them.
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

}

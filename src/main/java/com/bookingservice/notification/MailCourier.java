package com.bookingservice.notification;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.StreamProvider;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailStreamProvider;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * Sends e-mails with a plain-text and an HTML part, and a Message-ID made from the delivery's
 * id, so that a message sent again is recognisably the same one. Refused credentials, invalid
 * addresses and permanent (5xx) SMTP answers fail a delivery for good; anything else, such as a
 * time-out or a 4xx answer, is tried again.
 */
class MailCourier implements Courier {

	private static final String WRITE_TIMEOUT = "mail.smtp.writetimeout";

	private static final String WRITE_TIMEOUT_EXECUTOR = "mail.smtp.executor.writetimeout";

	private final JavaMailSender sender;

	private final String from;

	MailCourier(JavaMailSender sender, String from) {
		this.sender = sender;
		this.from = from;
	}

	/**
	 * The Message-ID of a delivery's e-mail, the same on every try. The delivery's id is
	 * written as bare hex digits, so that the booking's id stays the only UUID in the message.
	 */
	static String messageId(UUID deliveryId) {
		return "<delivery-" + deliveryId.toString().replace("-", "") + "@booking-service>";
	}

	/**
	 * Spares every e-mail two costs of the mail library that grow with the load. Jakarta Mail
	 * looks its stream provider up with a {@link java.util.ServiceLoader}, scanning the class
	 * path, for every part it builds or writes, unless a system property names the provider;
	 * and Angus Mail enforces {@code mail.smtp.writetimeout} with a scheduler, and so a new
	 * platform thread, of its own for every connection, unless the session hands it one to
	 * share. The sender's session is built again with that scheduler.
	 *
	 * @return the shared scheduler, for the caller to shut down, or null if the sender sets no
	 * write time-out
	 */
	static ScheduledExecutorService tune(JavaMailSender sender) {
		if (System.getProperty(StreamProvider.class.getName()) == null) {
			System.setProperty(StreamProvider.class.getName(), MailStreamProvider.class.getName());
		}
		if (!(sender instanceof JavaMailSenderImpl impl) || !impl.getJavaMailProperties().containsKey(WRITE_TIMEOUT)) {
			return null;
		}
		ScheduledThreadPoolExecutor writeTimeouts = new ScheduledThreadPoolExecutor(1,
				Thread.ofPlatform().name("mail-write-timeouts").daemon().factory());
		writeTimeouts.setRemoveOnCancelPolicy(true);
		Properties properties = new Properties();
		properties.putAll(impl.getJavaMailProperties());
		properties.put(WRITE_TIMEOUT_EXECUTOR, writeTimeouts);
		impl.setJavaMailProperties(properties);
		return writeTimeouts;
	}

	@Override
	public boolean configured() {
		return sender != null && StringUtils.hasText(from);
	}

	@Override
	public Outcome send(UUID deliveryId, String address, Notice notice) {
		try {
			MimeMessage message = compose(deliveryId, address, notice);
			sender.send(message);
			return new Outcome.Sent(messageId(deliveryId));
		}
		catch (MessagingException | MailParseException | MailPreparationException ex) {
			return Outcome.failedForGood("The e-mail could not be written: " + ex.getMessage());
		}
		catch (MailException ex) {
			String reason = "The mail server did not take the e-mail: " + ex.getMessage();
			return isPermanent(ex) ? Outcome.failedForGood(reason) : Outcome.failedForNow(reason);
		}
	}

	private MimeMessage compose(UUID deliveryId, String address, Notice notice) throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		message.setFrom(new InternetAddress(from, true));
		message.setRecipient(RecipientType.TO, new InternetAddress(address, true));
		message.setSubject(notice.subject(), StandardCharsets.UTF_8.name());
		message.setSentDate(new Date());
		message.setContent(alternatives(notice));
		message.setHeader("Message-ID", messageId(deliveryId));
		return message;
	}

	private static MimeMultipart alternatives(Notice notice) throws MessagingException {
		MimeBodyPart text = new MimeBodyPart();
		text.setText(notice.text(), StandardCharsets.UTF_8.name(), "plain");
		MimeBodyPart html = new MimeBodyPart();
		html.setText(notice.html(), StandardCharsets.UTF_8.name(), "html");
		return new MimeMultipart("alternative", text, html);
	}

	static boolean isPermanent(MailException ex) {
		if (ex instanceof MailAuthenticationException) {
			return true;
		}
		if (ex instanceof MailSendException send) {
			return send.getFailedMessages().values().stream().anyMatch(MailCourier::isPermanent)
					|| isPermanent(send.getCause());
		}
		return false;
	}

	private static boolean isPermanent(Throwable cause) {
		for (Throwable next = cause; next != null; next = next.getCause()) {
			if (next instanceof SMTPAddressFailedException address && address.getReturnCode() >= 500) {
				return true;
			}
			if (next instanceof SMTPSendFailedException refused && refused.getReturnCode() >= 500) {
				return true;
			}
			if (next instanceof SendFailedException failed && hasAny(failed.getInvalidAddresses())) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasAny(Object[] addresses) {
		return addresses != null && addresses.length > 0;
	}

}

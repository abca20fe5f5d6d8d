package com.bookingservice.notification;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of customer notifications. A channel whose provider is not set up has its messages
 * written to the log instead of sent.
 *
 * @param twilio the SMS and WhatsApp provider
 * @param email the sender of e-mails; the mail server itself is set with {@code spring.mail.*}
 * @param retry how often, and how far apart, a failing delivery is tried
 * @param lease how long an instance holds a delivery it is sending before others may take it;
 * longer than any provider call, short enough that a crashed instance's work resumes soon
 * @param maxInFlight how many provider calls run at once per channel, per instance
 * @param recoveryInterval how often each instance looks for due and abandoned deliveries
 * @param recoveryBatchSize how many deliveries an instance takes on per look
 * @param unhealthyAfter how many failed sends in a row mark a channel down in health
 * @param instanceId how this instance names itself on the deliveries it holds; when blank, the
 * host name, process id and a random suffix
 * @param sendInline whether to send in the thread of the request that caused the message, as
 * the design this service replaced did; exists only so that the benchmark can compare the two,
 * never turn it on in production
 */
@Validated
@ConfigurationProperties("booking.notifications")
record NotificationProperties(
		@Valid @DefaultValue Twilio twilio,
		@Valid @DefaultValue Mail email,
		@Valid @DefaultValue Retry retry,
		@NotNull @DefaultValue("45s") Duration lease,
		@Valid @DefaultValue MaxInFlight maxInFlight,
		@NotNull @DefaultValue("10s") Duration recoveryInterval,
		@Min(1) @Max(1000) @DefaultValue("100") int recoveryBatchSize,
		@Min(1) @Max(1000) @DefaultValue("5") int unhealthyAfter,
		String instanceId,
		@DefaultValue("false") boolean sendInline) {

	/**
	 * A delivery's lease must outlast one call to Twilio, or another instance could send it again
	 * while the first is still waiting for an answer.
	 */
	@AssertTrue(message = "must be longer than twilio.connect-timeout and twilio.read-timeout together")
	boolean isLeaseLongerThanATwilioCall() {
		return lease.compareTo(callBudget()) > 0;
	}

	/**
	 * The longest a call to a provider may take: to Twilio, by its time-outs, which the mail
	 * server's time-outs are expected to match.
	 */
	Duration callBudget() {
		return twilio.connectTimeout().plus(twilio.readTimeout());
	}

	/**
	 * Twilio's Programmable Messaging, for SMS and WhatsApp.
	 *
	 * @param accountSid the account SID, which is also the API user name
	 * @param authToken the account's auth token
	 * @param smsFrom the sending number for SMS, in E.164 form
	 * @param whatsappFrom the sending WhatsApp number, in E.164 form, with or without the
	 * {@code whatsapp:} prefix
	 * @param baseUrl where Twilio's REST API is; point it at a local stand-in for tests
	 * @param connectTimeout the longest wait for a connection
	 * @param readTimeout the longest wait for an answer once connected
	 */
	record Twilio(String accountSid, String authToken, String smsFrom, String whatsappFrom,
			@NotNull @DefaultValue("https://api.twilio.com") URI baseUrl,
			@NotNull @DefaultValue("5s") Duration connectTimeout,
			@NotNull @DefaultValue("10s") Duration readTimeout) {

		boolean hasCredentials() {
			return StringUtils.hasText(accountSid) && StringUtils.hasText(authToken);
		}

	}

	/**
	 * E-mail. Its time-outs are the {@code spring.mail.properties.mail.smtp.*timeout} settings.
	 *
	 * @param from the sender's address
	 */
	record Mail(@Email String from) {
	}

	/**
	 * Retries of deliveries that failed for a passing reason, with exponentially growing,
	 * randomised pauses.
	 *
	 * @param maxAttempts how many tries a delivery gets before it is failed for good
	 * @param initialInterval the pause after the first failure
	 * @param multiplier how much longer each later pause is
	 * @param maxInterval the longest pause
	 * @param randomization how far, as a fraction, each pause is moved at random
	 */
	record Retry(@Min(1) @Max(1000) @DefaultValue("30") int maxAttempts,
			@NotNull @DefaultValue("30s") Duration initialInterval,
			@DecimalMin("1.0") @DefaultValue("2.0") double multiplier,
			@NotNull @DefaultValue("1h") Duration maxInterval,
			@DecimalMin("0.0") @DecimalMax(value = "1.0", inclusive = false) @DefaultValue("0.5")
			double randomization) {
	}

	/**
	 * The most provider calls in flight at once, per channel.
	 *
	 * @param sms calls to send SMS
	 * @param whatsapp calls to send WhatsApp messages
	 * @param email connections to the mail server
	 */
	record MaxInFlight(@Min(1) @DefaultValue("50") int sms, @Min(1) @DefaultValue("50") int whatsapp,
			@Min(1) @DefaultValue("20") int email) {

		int of(Channel channel) {
			return switch (channel) {
				case SMS -> sms;
				case WHATSAPP -> whatsapp;
				case EMAIL -> email;
			};
		}

	}

}

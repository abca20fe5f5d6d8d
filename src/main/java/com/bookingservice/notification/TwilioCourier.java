package com.bookingservice.notification;

import java.util.UUID;

import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;

import org.springframework.util.StringUtils;

/**
 * Sends SMS or WhatsApp messages through Twilio's Messages API. Twilio's answers with a 4xx
 * status, such as an invalid or unreachable number or refused credentials, fail a delivery for
 * good, except 408 and 429; anything else, such as a time-out or a 5xx answer, is tried again.
 */
class TwilioCourier implements Courier {

	static final String WHATSAPP_PREFIX = "whatsapp:";

	private final TwilioRestClient client;

	private final String from;

	private final String addressPrefix;

	private TwilioCourier(TwilioRestClient client, String from, String addressPrefix) {
		this.client = client;
		this.from = from;
		this.addressPrefix = addressPrefix;
	}

	static TwilioCourier sms(TwilioRestClient client, String from) {
		return new TwilioCourier(client, from, "");
	}

	static TwilioCourier whatsapp(TwilioRestClient client, String from) {
		String sender = !StringUtils.hasText(from) || from.startsWith(WHATSAPP_PREFIX) ? from : WHATSAPP_PREFIX + from;
		return new TwilioCourier(client, sender, WHATSAPP_PREFIX);
	}

	@Override
	public boolean configured() {
		return client != null && StringUtils.hasText(from);
	}

	@Override
	public Outcome send(UUID deliveryId, String address, Notice notice) {
		try {
			Message message = Message.creator(new PhoneNumber(addressPrefix + address), new PhoneNumber(from),
					notice.text()).create(client);
			return new Outcome.Sent(message.getSid());
		}
		catch (ApiException ex) {
			return refused(ex);
		}
		catch (TwilioException ex) {
			return Outcome.failedForNow(ex.getMessage());
		}
	}

	private static Outcome refused(ApiException ex) {
		Integer status = ex.getStatusCode() != null ? ex.getStatusCode() : ex.getHttpStatusCode();
		String reason = "Twilio answered " + (status != null ? status : "without a status")
				+ (ex.getCode() != null ? " with error " + ex.getCode() : "") + ": " + ex.getMessage();
		return isPermanent(status) ? Outcome.failedForGood(reason) : Outcome.failedForNow(reason);
	}

	private static boolean isPermanent(Integer status) {
		return status != null && status >= 400 && status < 500 && status != 408 && status != 429;
	}

}

package com.bookingservice.notification;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.twilio.http.TwilioRestClient;

import org.springframework.mail.javamail.JavaMailSender;

/**
 * The courier of each channel, built from the settings: Twilio for SMS and WhatsApp, the mail
 * server for e-mail.
 */
class Couriers implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Couriers.class);

	private final Map<Channel, Courier> couriers;

	private final TwilioHttpClient twilioHttp;

	private final ScheduledExecutorService mailWriteTimeouts;

	private Couriers(Map<Channel, Courier> couriers, TwilioHttpClient twilioHttp,
			ScheduledExecutorService mailWriteTimeouts) {
		this.couriers = couriers;
		this.twilioHttp = twilioHttp;
		this.mailWriteTimeouts = mailWriteTimeouts;
	}

	/**
	 * Builds the couriers, with a Twilio client of their own when Twilio's credentials are set.
	 *
	 * @param mailSender the mail server's sender, or null when {@code spring.mail.host} is not set
	 */
	static Couriers of(NotificationProperties properties, JavaMailSender mailSender) {
		NotificationProperties.Twilio twilio = properties.twilio();
		TwilioHttpClient http = twilio.hasCredentials()
				? new TwilioHttpClient(twilio.baseUrl(), twilio.connectTimeout(), twilio.readTimeout(),
						properties.maxInFlight().of(Channel.SMS) + properties.maxInFlight().of(Channel.WHATSAPP))
				: null;
		TwilioRestClient client = http == null ? null
				: new TwilioRestClient.Builder(twilio.accountSid(), twilio.authToken()).httpClient(http).build();

		ScheduledExecutorService mailWriteTimeouts = mailSender == null ? null : MailCourier.tune(mailSender);

		Map<Channel, Courier> couriers = new EnumMap<>(Channel.class);
		couriers.put(Channel.SMS, TwilioCourier.sms(client, twilio.smsFrom()));
		couriers.put(Channel.WHATSAPP, TwilioCourier.whatsapp(client, twilio.whatsappFrom()));
		couriers.put(Channel.EMAIL, new MailCourier(mailSender, properties.email().from()));
		couriers.forEach(Couriers::warnIfUnconfigured);
		return new Couriers(couriers, http, mailWriteTimeouts);
	}

	Courier of(Channel channel) {
		return couriers.get(channel);
	}

	@Override
	public void close() throws Exception {
		if (twilioHttp != null) {
			twilioHttp.close();
		}
		if (mailWriteTimeouts != null) {
			mailWriteTimeouts.shutdownNow();
		}
	}

	private static void warnIfUnconfigured(Channel channel, Courier courier) {
		if (!courier.configured()) {
			log.warn("No provider is set up for {} notifications, so they are written to the log instead of sent; "
					+ "see booking.notifications.* and spring.mail.*.", channel.value());
		}
	}

}

package com.bookingservice.notification;

import java.net.URI;
import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests the Twilio SDK makes are sent to the configured base URL.
 */
class TwilioHttpClientTests {

	private static final String PATH = "/2010-04-01/Accounts/AC1/Messages.json?PageSize=20";

	@Test
	void sendsEachRequestToTheBaseUrlKeepingItsPathAndQuery() throws Exception {
		try (var client = new TwilioHttpClient(URI.create("http://127.0.0.1:8089/twilio/"), Duration.ofSeconds(1),
				Duration.ofSeconds(1))) {
			URL request = URI.create("https://api.twilio.com" + PATH).toURL();

			assertThat(client.rebase(request)).isEqualTo(URI.create("http://127.0.0.1:8089/twilio" + PATH));
		}
	}

}

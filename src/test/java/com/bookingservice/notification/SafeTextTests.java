package com.bookingservice.notification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Providers' error messages are made fit for logs and the ledger.
 */
class SafeTextTests {

	@Test
	void masksPhoneNumbersAndEmailAddresses() {
		String safe = SafeText.of("The 'To' number +919812345678 is not valid; nor is whatsapp:+14155238886 "
				+ "or asha.rao@example.com.");

		assertThat(safe).doesNotContain("+919812345678", "+14155238886", "asha.rao@")
			.contains("+91********78", "whatsapp:+14*******86", "a***@example.com");
	}

	@Test
	void leavesDatesCodesAndIdsAlone() {
		String text = "Error 21211 at 2026-12-03T10:00:00Z for booking 3f2a1234-5678-4abc-9def-0123456789ab.";

		assertThat(SafeText.of(text)).isEqualTo(text);
	}

	@Test
	void cutsLongMessages() {
		assertThat(SafeText.of("x".repeat(2_000))).hasSize(SafeText.MAX_LENGTH);
	}

}

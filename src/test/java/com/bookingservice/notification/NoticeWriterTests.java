package com.bookingservice.notification;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.bookingservice.booking.BookingStatus;
import com.bookingservice.booking.BookingSummary;
import com.bookingservice.booking.Contact;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages name the service, the booking and its local time, and a confirmation its amount.
 */
class NoticeWriterTests {

	private static final OffsetDateTime TEN_IN_KOLKATA = OffsetDateTime.of(2027, 1, 12, 10, 0, 0, 0,
			ZoneOffset.ofHoursMinutes(5, 30));

	private final NoticeWriter writer = new NoticeWriter();

	private final BookingSummary booking = new BookingSummary(UUID.randomUUID(), "Haircut & shave", UUID.randomUUID(),
			TEN_IN_KOLKATA, TEN_IN_KOLKATA.plusHours(1), BookingStatus.CONFIRMED, 50_000, "INR",
			new Contact(null, "+919812345678", null, null));

	@Test
	void aConfirmationNamesTheServiceTheBookingItsLocalTimeAndTheAmount() {
		Notice notice = writer.write(EventKind.CONFIRMED, booking);

		assertThat(notice.text()).isEqualTo("Haircut & shave: your booking " + booking.id()
				+ " for Tue 12 Jan 2027 at 10:00 (UTC+05:30) is confirmed. Amount: ₹500.00.");
		assertThat(notice.subject())
			.isEqualTo("Haircut & shave: booking confirmed for Tue 12 Jan 2027 at 10:00 (UTC+05:30)");
		assertThat(notice.html()).contains("Haircut &amp; shave", booking.id().toString()).doesNotContain("& shave");
	}

	@Test
	void otherMessagesLeaveTheAmountOut() {
		assertThat(writer.write(EventKind.RECEIVED, booking).text()).contains("received", booking.id().toString())
			.doesNotContain("₹");
	}

	@Test
	void aRefundSaysWhyAndHowMuch() {
		var expired = new BookingSummary(booking.id(), booking.serviceName(), booking.customerId(),
				booking.startsAt(), booking.endsAt(), BookingStatus.EXPIRED, 50_000, "INR", booking.contact());

		assertThat(writer.write(EventKind.REFUNDED, expired).text()).isEqualTo("Haircut & shave: your payment for "
				+ "booking " + booking.id() + " for Tue 12 Jan 2027 at 10:00 (UTC+05:30) has been refunded in full, as "
				+ "the slot was taken after your hold on it ran out. Amount: ₹500.00.");
	}

	@ParameterizedTest
	@CsvSource({ "50000, INR, ₹500.00", "123456789, INR, '₹1,234,567.89'", "1250, USD, $12.50",
			"0, INR, ₹0.00" })
	void writesAmountsWithTheCurrencysSymbol(long minorUnits, String currency, String written) {
		assertThat(NoticeWriter.money(minorUnits, currency)).isEqualTo(written);
	}

}

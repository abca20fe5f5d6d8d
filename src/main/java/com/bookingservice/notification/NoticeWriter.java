package com.bookingservice.notification;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

import com.bookingservice.booking.BookingSummary;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Words the message for a moment in a booking's life: the service, the booking's reference,
 * its local date and time in the service's time zone and, once confirmed, the amount.
 */
@Component
class NoticeWriter {

	private static final Locale INDIA = Locale.forLanguageTag("en-IN");

	private static final DateTimeFormatter WHEN = DateTimeFormatter
		.ofPattern("EEE d MMM uuuu 'at' HH:mm '(UTC'xxx')'", Locale.ENGLISH);

	Notice write(EventKind kind, BookingSummary booking) {
		String service = booking.serviceName();
		String when = booking.startsAt().format(WHEN);
		String subject = service + ": booking " + kind.value() + " for " + when;
		String text = service + ": " + sentence(kind, booking, when) + amount(kind, booking);
		return new Notice(subject, text, html(service, text));
	}

	private static String sentence(EventKind kind, BookingSummary booking, String when) {
		String reference = booking.id().toString();
		return switch (kind) {
			case RECEIVED -> "we have received your booking " + reference + " for " + when
					+ ". We will confirm it shortly.";
			case CONFIRMED -> "your booking " + reference + " for " + when + " is confirmed.";
			case COMPLETED -> "thank you for visiting. Your booking " + reference + " for " + when + " is complete.";
			case CANCELLED -> "your booking " + reference + " for " + when + " is cancelled.";
			case EXPIRED -> "your booking " + reference + " for " + when
					+ " expired before it was paid, and the slot is free again.";
			case REFUNDED -> "your payment for booking " + reference + " for " + when + " has been refunded in full, "
					+ refundReason(booking) + ".";
		};
	}

	private static String refundReason(BookingSummary booking) {
		return switch (booking.status()) {
			case CANCELLED -> "as the booking was cancelled";
			case EXPIRED -> "as the slot was taken after your hold on it ran out";
			default -> "as the booking could not be kept";
		};
	}

	private static String amount(EventKind kind, BookingSummary booking) {
		if ((kind != EventKind.CONFIRMED && kind != EventKind.REFUNDED) || booking.amount() <= 0) {
			return "";
		}
		return " Amount: " + money(booking.amount(), booking.currency()) + ".";
	}

	/**
	 * An amount in the currency's smallest unit, written with the currency's symbol: 50000
	 * paise are {@code ₹500.00}.
	 */
	static String money(long minorUnits, String currencyCode) {
		Currency currency = Currency.getInstance(currencyCode);
		int digits = Math.max(0, currency.getDefaultFractionDigits());
		NumberFormat format = NumberFormat.getCurrencyInstance(INDIA);
		format.setCurrency(currency);
		format.setMinimumFractionDigits(digits);
		format.setMaximumFractionDigits(digits);
		return format.format(BigDecimal.valueOf(minorUnits, digits));
	}

	private static String html(String service, String text) {
		return """
				<!DOCTYPE html>
				<html><head><meta charset="UTF-8"><title>%s</title></head>
				<body><p>%s</p></body></html>
				""".formatted(HtmlUtils.htmlEscape(service), HtmlUtils.htmlEscape(text));
	}

}

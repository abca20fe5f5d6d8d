package com.bookingservice.notification;

import java.util.Arrays;
import java.util.Locale;

import com.bookingservice.booking.Contact;
import com.bookingservice.support.Masking;

/**
 * A way of reaching a customer.
 */
enum Channel {

	SMS, WHATSAPP, EMAIL;

	String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Channel fromValue(String value) {
		return Arrays.stream(values()).filter(channel -> channel.value().equals(value)).findFirst().orElseThrow();
	}

	/**
	 * Where the contact is reached on this channel, or null when it gives no address for it.
	 */
	String addressIn(Contact contact) {
		String address = switch (this) {
			case SMS -> contact.phone();
			case WHATSAPP -> contact.whatsapp();
			case EMAIL -> contact.email();
		};
		return address == null || address.isBlank() ? null : address;
	}

	/**
	 * An address on this channel with most of it hidden, fit for a log line.
	 */
	String mask(String address) {
		return this == EMAIL ? Masking.email(address) : Masking.phone(address);
	}

}

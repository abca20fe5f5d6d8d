package com.bookingservice.support;

/**
 * Hides most of a phone number or e-mail address, so that log lines can tell addresses
 * apart without revealing them.
 */
public final class Masking {

	private Masking() {
	}

	/**
	 * Keeps the first character of the local part and the domain: {@code p***@example.com}.
	 */
	public static String email(String email) {
		if (email == null) {
			return null;
		}
		int at = email.indexOf('@');
		if (at <= 0) {
			return "***";
		}
		return email.charAt(0) + "***" + email.substring(at);
	}

	/**
	 * Keeps a channel prefix, the country code's first digits and the last two digits:
	 * {@code whatsapp:+91******78}.
	 */
	public static String phone(String phone) {
		if (phone == null) {
			return null;
		}
		int plus = phone.indexOf('+');
		int keepHead = plus >= 0 ? plus + 3 : 2;
		if (phone.length() <= keepHead + 2) {
			return "***";
		}
		String hidden = "*".repeat(phone.length() - keepHead - 2);
		return phone.substring(0, keepHead) + hidden + phone.substring(phone.length() - 2);
	}

}

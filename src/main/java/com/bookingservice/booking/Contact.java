package com.bookingservice.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import com.bookingservice.support.PhoneNumber;

/**
 * Where to tell the customer about a booking. Any part may be missing; a missing part is
 * taken from the customer's account when the booking is made.
 *
 * @param name whom to address
 * @param phone the number for SMS, in E.164 form
 * @param whatsapp the number for WhatsApp, in E.164 form
 * @param email the address for e-mail
 */
@Embeddable
public record Contact(
		@Size(max = 200) @Column(name = "contact_name") String name,
		@PhoneNumber @Column(name = "contact_phone") String phone,
		@PhoneNumber @Column(name = "contact_whatsapp") String whatsapp,
		@Email @Size(max = 320) @Column(name = "contact_email") String email) {

	static final Contact NONE = new Contact(null, null, null, null);

	/**
	 * This contact, with each missing part taken from the other.
	 */
	Contact orElse(Contact defaults) {
		return new Contact(name != null ? name : defaults.name(), phone != null ? phone : defaults.phone(),
				whatsapp != null ? whatsapp : defaults.whatsapp(), email != null ? email : defaults.email());
	}

}

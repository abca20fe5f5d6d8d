package com.bookingservice.payment;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.bookingservice.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no Razorpay keys, as in the zero-setup run, online payment says how to turn it on and
 * holds no slot.
 */
class UnconfiguredPaymentTests extends ApiTest {

	@Test
	void bookingForOnlinePaymentIsAnswered503AndHoldsNoSlot() {
		Customer customer = registerCustomer();
		String service = createService(1);

		var response = api.post("/bookings/razorpay-booking", customer.token(),
				Map.of("service_id", service, "starts_at", slot(4, 10).toString()));

		assertThat(response.status()).as(response.body()).isEqualTo(503);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.text("detail")).contains("not configured", "booking.payments.razorpay.key-id");
		assertThat(api.get("/bookings", customer.token()).json().path("total").asLong()).isZero();
		assertThat(book(registerCustomer().token(), service, slot(4, 10)).status()).isEqualTo(201);
	}

	@Test
	void confirmingAPaymentIsAnswered503() {
		var response = api.post("/bookings/verify-payment", registerCustomer().token(),
				Map.of("razorpay_order_id", "order_1", "razorpay_payment_id", "pay_1", "razorpay_signature", "0"));

		assertThat(response.status()).isEqualTo(503);
	}

	@Test
	void webhooksNeedNoTokenAndAreAnswered503() {
		var response = api.call("POST", "/webhooks/razorpay").raw("{\"event\": \"payment.captured\"}")
			.header("X-Razorpay-Signature", "0").send();

		assertThat(response.status()).isEqualTo(503);
		assertThat(response.text("detail")).contains("booking.payments.razorpay.webhook-secret");
	}

	@Test
	void aBookingShowsThatItIsNotPaidOnline() {
		String booking = bookOk(registerCustomer().token(), createService(1), slot(4, 11));

		var response = api.get("/bookings/" + booking, adminToken());

		assertThat(response.json().path("payment").path("status").asString()).isEqualTo("none");
	}

}

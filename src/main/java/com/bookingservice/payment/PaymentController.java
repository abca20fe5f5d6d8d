package com.bookingservice.payment;

import jakarta.validation.Valid;

import com.bookingservice.account.Caller;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checkout's confirmation of a payment, sent by the app of the customer who paid, or by staff.
 */
@RestController
class PaymentController {

	private final PaymentVerification verification;

	PaymentController(PaymentVerification verification) {
		this.verification = verification;
	}

	/**
	 * Confirms the booking that the payment pays for, and answers it with its payment.
	 */
	@PostMapping("/bookings/verify-payment")
	VerifiedPayment verify(@Valid @RequestBody VerifyPaymentRequest request, Caller caller) {
		return verification.verify(caller, request);
	}

}

package com.bookingservice.payment;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What Razorpay's checkout hands the app once the customer has paid.
 *
 * @param razorpayOrderId the order paid
 * @param razorpayPaymentId the payment made
 * @param razorpaySignature checkout's signature over both
 * @param bookingId the booking the app believes it paid for; checked against the order if given
 */
record VerifyPaymentRequest(@NotBlank @Size(max = 64) String razorpayOrderId,
		@NotBlank @Size(max = 64) String razorpayPaymentId, @NotBlank @Size(max = 256) String razorpaySignature,
		UUID bookingId) {
}

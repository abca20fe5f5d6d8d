package com.bookingservice.payment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.bookingservice.account.Caller;
import com.bookingservice.booking.BookingSummary;
import com.bookingservice.booking.Bookings;
import com.bookingservice.payment.PaymentProblems.OnlinePaymentNotConfigured;
import com.bookingservice.payment.PaymentProblems.OrderOfAnotherBooking;
import com.bookingservice.payment.PaymentProblems.OrderUnknown;
import com.bookingservice.payment.PaymentProblems.PaidBookingNotFound;
import com.bookingservice.payment.PaymentProblems.PaymentBeingRefunded;
import com.bookingservice.payment.PaymentProblems.PaymentSignatureInvalid;

import org.springframework.stereotype.Service;

/**
 * Confirms a booking from what checkout hands the app: the signature must be Razorpay's, the
 * order must pay for a booking the caller may see, and then the payment is settled as if
 * Razorpay had reported it. A repeated confirmation changes nothing and answers the same.
 */
@Service
class PaymentVerification {

	private static final Logger log = LoggerFactory.getLogger(PaymentVerification.class);

	private final RazorpayGateway gateway;

	private final PaymentLedger ledger;

	private final PaymentSettlement settlement;

	private final Bookings bookings;

	private final PaymentMetrics metrics;

	PaymentVerification(RazorpayGateway gateway, PaymentLedger ledger, PaymentSettlement settlement,
			Bookings bookings, PaymentMetrics metrics) {
		this.gateway = gateway;
		this.ledger = ledger;
		this.settlement = settlement;
		this.bookings = bookings;
		this.metrics = metrics;
	}

	VerifiedPayment verify(Caller caller, VerifyPaymentRequest request) {
		if (!gateway.configured()) {
			throw new OnlinePaymentNotConfigured();
		}
		checkSignature(request);
		BookingSummary booking = bookingPaidBy(caller, request);

		Payment payment = settlement.captured(request.razorpayOrderId(), request.razorpayPaymentId(), "verify")
			.orElseThrow(() -> new OrderUnknown(request.razorpayOrderId()));

		if (payment.refundCause() != null && payment.refundCause().refusesPayment()) {
			throw new PaymentBeingRefunded(payment);
		}
		BookingSummary now = bookings.find(booking.id()).orElse(booking);
		return VerifiedPayment.of(now, payment);
	}

	private void checkSignature(VerifyPaymentRequest request) {
		if (!gateway.isPaymentSignatureValid(request.razorpayOrderId(), request.razorpayPaymentId(),
				request.razorpaySignature())) {
			metrics.verificationFailed("signature");
			log.warn("A payment confirmation for order {} carried a signature that is not Razorpay's.",
					request.razorpayOrderId());
			throw new PaymentSignatureInvalid();
		}
	}

	private BookingSummary bookingPaidBy(Caller caller, VerifyPaymentRequest request) {
		Payment payment = ledger.findByOrder(request.razorpayOrderId()).orElseThrow(() -> {
			metrics.verificationFailed("unknown_order");
			return new OrderUnknown(request.razorpayOrderId());
		});
		if (request.bookingId() != null && !request.bookingId().equals(payment.bookingId())) {
			metrics.verificationFailed("other_booking");
			throw new OrderOfAnotherBooking(request.razorpayOrderId());
		}
		return bookings.find(payment.bookingId())
			.filter(booking -> caller.mayAccess(booking.customerId()))
			.orElseThrow(() -> new PaidBookingNotFound(request.razorpayOrderId()));
	}

}

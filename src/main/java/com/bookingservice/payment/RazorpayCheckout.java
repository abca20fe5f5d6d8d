package com.bookingservice.payment;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.bookingservice.booking.BookingSummary;
import com.bookingservice.booking.Checkout;
import com.bookingservice.payment.PaymentProblems.OnlinePaymentNotConfigured;
import com.bookingservice.payment.PaymentProblems.PaymentProviderUnavailable;
import com.bookingservice.payment.RazorpayGateway.RazorpayCallFailed;

import org.springframework.stereotype.Component;

/**
 * Opens a Razorpay order for a booking that holds its slot. The order is created with no
 * transaction open, and recorded afterwards in a short transaction of its own; if Razorpay
 * fails, nothing is recorded and the booking feature releases the hold.
 */
@Component
class RazorpayCheckout implements Checkout {

	private static final Logger log = LoggerFactory.getLogger(RazorpayCheckout.class);

	private final RazorpayGateway gateway;

	private final PaymentLedger ledger;

	private final PaymentMetrics metrics;

	private final Clock clock;

	RazorpayCheckout(RazorpayGateway gateway, PaymentLedger ledger, PaymentMetrics metrics, Clock clock) {
		this.gateway = gateway;
		this.ledger = ledger;
		this.metrics = metrics;
		this.clock = clock;
	}

	@Override
	public String field() {
		return "razorpay";
	}

	@Override
	public CheckoutDetails open(BookingSummary booking) {
		if (!gateway.configured()) {
			throw new OnlinePaymentNotConfigured();
		}

		String orderId = createOrder(booking);
		ledger.open(booking.id(), orderId, booking.amount(), booking.currency(), clock.instant());

		metrics.order("created");
		log.info("Razorpay order {} opened for booking {}.", orderId, booking.id());
		return new CheckoutDetails(orderId, booking.amount(), booking.currency(), gateway.keyId());
	}

	private String createOrder(BookingSummary booking) {
		try {
			return gateway.createOrder(booking.id(), booking.amount(), booking.currency());
		}
		catch (RazorpayCallFailed ex) {
			metrics.order("failed");
			log.warn("Razorpay could not open an order for booking {}, so its hold is released: {}.", booking.id(),
					ex.getMessage());
			throw new PaymentProviderUnavailable();
		}
	}

}

package com.bookingservice.payment;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.bookingservice.booking.BookingPayments;
import com.bookingservice.booking.PaidOutcome;
import com.bookingservice.payment.RazorpayGateway.ProviderRefund;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what becomes of payments, in the caller's transaction or a new one. Each change
 * locks the payment's row first, so that checkout's confirmation, webhooks and reconciliation
 * arriving at once confirm a booking only once, and a payment only moves forward however late
 * or often Razorpay's reports come.
 */
@Service
class PaymentSettlement {

	private static final Logger log = LoggerFactory.getLogger(PaymentSettlement.class);

	private final PaymentLedger ledger;

	private final BookingPayments bookings;

	private final ApplicationEventPublisher events;

	private final PaymentMetrics metrics;

	private final Clock clock;

	PaymentSettlement(PaymentLedger ledger, BookingPayments bookings, ApplicationEventPublisher events,
			PaymentMetrics metrics, Clock clock) {
		this.ledger = ledger;
		this.bookings = bookings;
		this.events = events;
		this.metrics = metrics;
		this.clock = clock;
	}

	/**
	 * Records that a payment of an order was captured and confirms the booking, or owes a
	 * refund if the booking cannot be confirmed any more. A payment settled before is left as
	 * it is.
	 *
	 * @param source what reported the payment, for the metrics
	 * @return the payment as it is now, or empty if no booking's order has this id
	 */
	@Transactional
	Optional<Payment> captured(String orderId, String paymentId, String source) {
		Optional<Payment> locked = ledger.lockByOrder(orderId);
		if (locked.isEmpty() || locked.get().status().captured()) {
			return locked;
		}

		Payment payment = locked.get();
		ledger.markPaid(payment.id(), paymentId, clock.instant());
		metrics.captured(source);

		PaidOutcome outcome = bookings.confirmPaid(payment.bookingId());
		switch (outcome) {
			case SLOT_TAKEN -> oweRefund(payment, RefundCause.SLOT_TAKEN);
			case NOT_PAYABLE -> oweRefund(payment, RefundCause.NOT_PAYABLE);
			case CONFIRMED, ALREADY_CONFIRMED -> log.info("Payment {} of booking {} was captured, reported by {}.",
					paymentId, payment.bookingId(), source);
		}
		return ledger.findByOrder(orderId);
	}

	/**
	 * Records that a try to pay for an order failed, unless the order was paid already. The
	 * booking keeps its hold, so the customer may try again until it runs out.
	 */
	@Transactional
	Optional<Payment> failed(String orderId, String reason) {
		Optional<Payment> locked = ledger.lockByOrder(orderId);
		if (locked.isEmpty() || locked.get().status().captured()) {
			return locked;
		}

		Payment payment = locked.get();
		ledger.markFailed(payment.id(), reason, clock.instant());
		log.info("A try to pay for booking {} failed: {}.", payment.bookingId(), reason);
		return ledger.findByOrder(orderId);
	}

	/**
	 * Records a refund that Razorpay reports processed: the one issued here, or one made at
	 * Razorpay itself.
	 */
	@Transactional
	Optional<Payment> refundProcessed(String paymentId, String refundId) {
		Optional<Payment> locked = ledger.lockByPaymentId(paymentId)
			.filter(payment -> isThisRefund(payment, refundId));
		locked.ifPresent(payment -> {
			ledger.refundProcessed(payment.id(), refundId, RefundCause.OUTSIDE, clock.instant());
			metrics.refund("processed");
			log.info("Refund {} of payment {} for booking {} was processed.", refundId, paymentId,
					payment.bookingId());
		});
		return locked;
	}

	/**
	 * Owes a refund again when Razorpay reports that the one issued failed, so that it is
	 * issued anew.
	 */
	@Transactional
	Optional<Payment> refundFailed(String paymentId, String refundId) {
		Optional<Payment> locked = ledger.lockByPaymentId(paymentId)
			.filter(payment -> isOwed(payment) && isThisRefund(payment, refundId));
		locked.ifPresent(payment -> {
			ledger.refundFailed(payment.id(), refundId, clock.instant());
			events.publishEvent(new RefundOwed(payment.id()));
			metrics.refund("rejected");
			log.warn("Refund {} of payment {} for booking {} failed at Razorpay; it is issued again.", refundId,
					paymentId, payment.bookingId());
		});
		return locked;
	}

	/**
	 * Records the refund issued for a payment that was owed one, and tells the other features.
	 */
	@Transactional
	void refundIssued(Payment payment, ProviderRefund refund) {
		if (!ledger.refundIssued(payment.id(), refund.id(), refund.status(), clock.instant())) {
			return;
		}

		metrics.refund("issued");
		String reason = payment.refundCause().description();
		events.publishEvent(new PaymentRefunded(payment.bookingId(), refund.id(), payment.amount(),
				payment.currency(), reason));
		log.info("Refund {} of payment {} for booking {} issued: {}.", refund.id(), payment.paymentId(),
				payment.bookingId(), reason);
	}

	private void oweRefund(Payment payment, RefundCause cause) {
		ledger.oweRefund(payment.id(), cause, clock.instant());
		events.publishEvent(new RefundOwed(payment.id()));
		log.info("Payment of booking {} was captured but is returned in full: {}.", payment.bookingId(),
				cause.description());
	}

	private static boolean isOwed(Payment payment) {
		return payment.refundCause() != null && payment.refundCause() != RefundCause.OUTSIDE;
	}

	private static boolean isThisRefund(Payment payment, String refundId) {
		return payment.refundId() == null || payment.refundId().equals(refundId);
	}

}

package com.bookingservice.booking;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.bookingservice.catalog.ServiceDefinition;

import org.springframework.data.domain.Persistable;

/**
 * A customer's booking of a service for a time range.
 */
@Entity
@Table(name = "bookings")
class Booking implements Persistable<UUID> {

	@Id
	private UUID id;

	@Column(name = "service_id")
	private UUID serviceId;

	@Column(name = "customer_id")
	private UUID customerId;

	@Column(name = "starts_at")
	private Instant startsAt;

	@Column(name = "ends_at")
	private Instant endsAt;

	private BookingStatus status;

	private long amount;

	private String currency;

	@Embedded
	private Contact contact;

	private String notes;

	@Version
	private Long version;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected Booking() {
	}

	Booking(ServiceDefinition service, UUID customerId, Instant startsAt, Contact contact, String notes,
			BookingStatus status, Instant now) {
		this.id = UUID.randomUUID();
		this.serviceId = service.id();
		this.customerId = customerId;
		this.startsAt = startsAt;
		this.endsAt = startsAt.plus(service.duration());
		this.status = status;
		this.amount = service.price();
		this.currency = service.currency();
		this.contact = contact;
		this.notes = notes;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Moves the booking to another status.
	 *
	 * @return false if it was there already
	 * @throws IllegalTransition if it may not move there from where it is
	 */
	boolean moveTo(BookingStatus next, Instant now) {
		if (status == next) {
			return false;
		}
		if (!status.mayMoveTo(next)) {
			throw new IllegalTransition(id, status, next);
		}
		this.status = next;
		this.updatedAt = now;
		return true;
	}

	/**
	 * Confirms the booking because it has been paid: a hold waiting for payment, or one whose
	 * hold ran out before the payment came.
	 *
	 * @return false if it was confirmed already
	 * @throws IllegalTransition if it was cancelled or is not paid online
	 */
	boolean confirmPayment(Instant now) {
		if (status == BookingStatus.CONFIRMED || status == BookingStatus.COMPLETED) {
			return false;
		}
		if (status != BookingStatus.PENDING_PAYMENT && status != BookingStatus.EXPIRED) {
			throw new IllegalTransition(id, status, BookingStatus.CONFIRMED);
		}
		this.status = BookingStatus.CONFIRMED;
		this.updatedAt = now;
		return true;
	}

	@Override
	public UUID getId() {
		return id;
	}

	/**
	 * New until it is first stored, when its version is set: told to Spring Data directly, so
	 * that saving never reads the version by reflection.
	 */
	@Override
	public boolean isNew() {
		return version == null;
	}

	UUID id() {
		return id;
	}

	UUID serviceId() {
		return serviceId;
	}

	UUID customerId() {
		return customerId;
	}

	Instant startsAt() {
		return startsAt;
	}

	Instant endsAt() {
		return endsAt;
	}

	BookingStatus status() {
		return status;
	}

	long amount() {
		return amount;
	}

	String currency() {
		return currency;
	}

	Contact contact() {
		return contact == null ? Contact.NONE : contact;
	}

	String notes() {
		return notes;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

}

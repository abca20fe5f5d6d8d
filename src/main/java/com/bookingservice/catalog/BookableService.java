package com.bookingservice.catalog;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.Persistable;

/**
 * A service in the catalog, as stored.
 */
@Entity
@Table(name = "services")
class BookableService implements Persistable<UUID> {

	@Id
	private UUID id;

	private String name;

	@Column(name = "duration_minutes")
	private int durationMinutes;

	private long price;

	private String currency;

	private int capacity;

	@Column(name = "time_zone")
	private String timeZone;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "service_opening_hours", joinColumns = @JoinColumn(name = "service_id"))
	private List<OpeningHours> openingHours = new ArrayList<>();

	private boolean active;

	@Version
	private Long version;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected BookableService() {
	}

	BookableService(ServiceRequest request, Instant now) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		update(request, now);
	}

	void update(ServiceRequest request, Instant now) {
		this.name = request.name().strip();
		this.durationMinutes = request.durationMinutes();
		this.price = request.price();
		this.currency = request.currencyOrDefault();
		this.capacity = request.capacity();
		this.timeZone = request.timeZone();
		this.openingHours.clear();
		this.openingHours.addAll(request.openingHours());
		this.active = request.activeOrDefault();
		this.updatedAt = now;
	}

	void deactivate(Instant now) {
		if (active) {
			this.active = false;
			this.updatedAt = now;
		}
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

	boolean active() {
		return active;
	}

	ServiceDefinition definition() {
		return new ServiceDefinition(id, name, Duration.ofMinutes(durationMinutes), price, currency, capacity,
				ZoneId.of(timeZone), List.copyOf(openingHours), active);
	}

	ServiceView view() {
		return new ServiceView(id, name, durationMinutes, price, currency, capacity, timeZone,
				List.copyOf(openingHours), active, createdAt, updatedAt);
	}

}

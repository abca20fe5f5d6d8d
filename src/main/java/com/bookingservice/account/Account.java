package com.bookingservice.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person who signs in: a customer or a member of staff.
 */
@Entity
@Table(name = "accounts")
class Account {

	@Id
	private UUID id;

	private String name;

	private String email;

	private String phone;

	@Column(name = "password_hash")
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	@Column(name = "created_at")
	private Instant createdAt;

	protected Account() {
	}

	Account(String name, String email, String phone, String passwordHash, Role role, Instant now) {
		this.id = UUID.randomUUID();
		this.name = name;
		this.email = email;
		this.phone = phone;
		this.passwordHash = passwordHash;
		this.role = role;
		this.createdAt = now;
	}

	UUID id() {
		return id;
	}

	String name() {
		return name;
	}

	String email() {
		return email;
	}

	String phone() {
		return phone;
	}

	String passwordHash() {
		return passwordHash;
	}

	Role role() {
		return role;
	}

	Instant createdAt() {
		return createdAt;
	}

	void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

}

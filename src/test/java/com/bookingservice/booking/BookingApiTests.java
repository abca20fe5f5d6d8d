package com.bookingservice.booking;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.bookingservice.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

class BookingApiTests extends ApiTest {

	@Test
	void bookingDerivesEndAndPriceFromTheServiceAndStartsPending() {
		Customer customer = registerCustomer();
		String service = createService(1);
		OffsetDateTime start = slot(3, 10);

		var response = api.post("/bookings/", customer.token(), Map.of("service_id", service, "starts_at",
				start.toString(), "amount", 1, "notes", "First visit"));

		assertThat(response.status()).as(response.body()).isEqualTo(201);
		assertThat(response.text("status")).isEqualTo("pending");
		assertThat(response.text("service_name")).isEqualTo("Haircut");
		assertThat(response.text("customer_id")).isEqualTo(customer.id().toString());
		assertThat(OffsetDateTime.parse(response.text("starts_at"))).isEqualTo(start);
		assertThat(OffsetDateTime.parse(response.text("ends_at"))).isEqualTo(start.plusHours(1));
		assertThat(response.json().path("amount").asLong()).isEqualTo(50_000);
		assertThat(response.text("currency")).isEqualTo("INR");
		assertThat(response.text("notes")).isEqualTo("First visit");
		assertThat(UUID.fromString(response.text("id"))).isNotNull();
	}

	@Test
	void startTimesAreShownInTheServicesZoneWhateverOffsetTheClientSent() {
		Customer customer = registerCustomer();
		String service = createService(1);
		OffsetDateTime start = slot(3, 11);

		var response = book(customer.token(), service, start.withOffsetSameInstant(java.time.ZoneOffset.UTC));

		assertThat(response.status()).as(response.body()).isEqualTo(201);
		assertThat(OffsetDateTime.parse(response.text("starts_at"))).isEqualTo(start);
		assertThat(response.text("starts_at")).endsWith("+05:30");
	}

	@Test
	void contactDefaultsFromTheAccountPartByPart() {
		Customer customer = registerCustomer();
		String service = createService(1);

		var response = api.post("/bookings", customer.token(), Map.of("service_id", service, "starts_at",
				slot(3, 12).toString(), "contact", Map.of("whatsapp", "+919800000001")));

		var contact = response.json().path("contact");
		assertThat(contact.path("name").asString()).isEqualTo("Asha Rao");
		assertThat(contact.path("phone").asString()).isEqualTo("+919812345678");
		assertThat(contact.path("whatsapp").asString()).isEqualTo("+919800000001");
		assertThat(contact.path("email").asString()).isEqualTo(customer.email());
	}

	@Test
	void rejectsSecondBookingForAnExclusiveSlot() {
		String service = createService(1);
		OffsetDateTime start = slot(4, 10);
		bookOk(registerCustomer().token(), service, start);

		var second = book(registerCustomer().token(), service, start);

		assertThat(second.status()).isEqualTo(409);
		assertThat(second.contentType()).startsWith("application/problem+json");
		assertThat(second.text("title")).isEqualTo("Slot unavailable");
	}

	@Test
	void acceptsAsManyOverlappingBookingsAsTheCapacity() {
		String service = createService(2);
		OffsetDateTime start = slot(4, 11);

		assertThat(book(registerCustomer().token(), service, start).status()).isEqualTo(201);
		assertThat(book(registerCustomer().token(), service, start).status()).isEqualTo(201);
		assertThat(book(registerCustomer().token(), service, start).status()).isEqualTo(409);
	}

	@Test
	void aCancelledBookingFreesItsSlot() {
		Customer customer = registerCustomer();
		String service = createService(1);
		OffsetDateTime start = slot(4, 12);
		String first = bookOk(customer.token(), service, start);

		assertThat(api.put("/bookings/" + first + "/cancel", customer.token()).status()).isEqualTo(200);

		assertThat(book(customer.token(), service, start).status()).isEqualTo(201);
	}

	@Test
	void rejectsStartsOutsideOpeningHoursOrOffTheSlotGrid() {
		Customer customer = registerCustomer();
		String service = createService(1);

		var beforeOpening = book(customer.token(), service, slot(3, 8));
		var lastHourTooLate = book(customer.token(), service, slot(3, 17));
		var offGrid = book(customer.token(), service, slot(3, 10).plusMinutes(15));

		assertThat(beforeOpening.status()).isEqualTo(400);
		assertThat(beforeOpening.text("title")).isEqualTo("Not a slot");
		assertThat(lastHourTooLate.status()).isEqualTo(400);
		assertThat(offGrid.status()).isEqualTo(400);
	}

	@Test
	void rejectsStartsInThePast() {
		Customer customer = registerCustomer();
		String service = createService(1);

		var response = book(customer.token(), service, slot(-1, 10));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.text("title")).isEqualTo("Start in the past");
	}

	@Test
	void rejectsUnknownAndInactiveServices() {
		Customer customer = registerCustomer();
		String inactive = createService(1);
		api.delete("/services/" + inactive, adminToken());

		assertThat(book(customer.token(), UUID.randomUUID().toString(), slot(3, 10)).status()).isEqualTo(404);
		assertThat(book(customer.token(), inactive, slot(3, 10)).status()).isEqualTo(404);
	}

	@Test
	void staffConfirmThenCompleteABooking() {
		String service = createService(1);
		String booking = bookOk(registerCustomer().token(), service, slot(5, 10));
		String admin = adminToken();

		var confirmed = api.put("/bookings/" + booking + "/confirm", admin);
		var completed = api.put("/bookings/" + booking + "/complete/", admin);

		assertThat(confirmed.status()).isEqualTo(200);
		assertThat(confirmed.text("status")).isEqualTo("confirmed");
		assertThat(completed.status()).isEqualTo(200);
		assertThat(completed.text("status")).isEqualTo("completed");
	}

	@Test
	void repeatingAMoveAlreadyMadeAnswersOkAndChangesNothing() {
		String service = createService(1);
		String booking = bookOk(registerCustomer().token(), service, slot(5, 11));
		String admin = adminToken();
		var first = api.put("/bookings/" + booking + "/confirm", admin);

		var again = api.put("/bookings/" + booking + "/confirm", admin);

		assertThat(again.status()).isEqualTo(200);
		assertThat(again.text("status")).isEqualTo("confirmed");
		assertThat(again.text("updated_at")).isEqualTo(first.text("updated_at"));
	}

	@Test
	void illegalMovesAreConflictsAndChangeNothing() {
		Customer customer = registerCustomer();
		String service = createService(1);
		String pending = bookOk(customer.token(), service, slot(5, 12));
		String cancelled = bookOk(customer.token(), service, slot(5, 13));
		String admin = adminToken();
		api.put("/bookings/" + cancelled + "/cancel", customer.token());

		var completePending = api.put("/bookings/" + pending + "/complete", admin);
		var confirmCancelled = api.put("/bookings/" + cancelled + "/confirm", admin);

		assertThat(completePending.status()).isEqualTo(409);
		assertThat(completePending.text("title")).isEqualTo("Illegal status change");
		assertThat(confirmCancelled.status()).isEqualTo(409);
		assertThat(api.get("/bookings/" + pending, admin).text("status")).isEqualTo("pending");
		assertThat(api.get("/bookings/" + cancelled, admin).text("status")).isEqualTo("cancelled");
	}

	@Test
	void aCompletedBookingCannotBeCancelled() {
		String service = createService(1);
		Customer customer = registerCustomer();
		String booking = bookOk(customer.token(), service, slot(5, 14));
		String admin = adminToken();
		api.put("/bookings/" + booking + "/confirm", admin);
		api.put("/bookings/" + booking + "/complete", admin);

		assertThat(api.put("/bookings/" + booking + "/cancel", customer.token()).status()).isEqualTo(409);
	}

}

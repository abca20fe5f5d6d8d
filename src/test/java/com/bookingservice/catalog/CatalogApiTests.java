package com.bookingservice.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.bookingservice.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogApiTests extends ApiTest {

	@Test
	void staffCreateAServiceThatCustomersCanRead() {
		var created = api.post("/services", adminToken(), serviceBody("Manicure", 2));
		String id = created.text("id");

		var read = api.get("/services/" + id, registerCustomer().token());

		assertThat(created.status()).isEqualTo(201);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.text("name")).isEqualTo("Manicure");
		assertThat(read.json().path("duration_minutes").asInt()).isEqualTo(60);
		assertThat(read.json().path("price").asLong()).isEqualTo(50_000);
		assertThat(read.json().path("capacity").asInt()).isEqualTo(2);
		assertThat(read.text("time_zone")).isEqualTo("Asia/Kolkata");
		assertThat(read.json().path("opening_hours")).hasSize(7);
		assertThat(read.json().path("opening_hours").get(0).path("opens").asString()).isEqualTo("09:00:00");
		assertThat(read.json().path("active").asBoolean()).isTrue();
	}

	@Test
	void staffReplaceAService() {
		String id = createService(1);
		var body = new HashMap<>(serviceBody("Long haircut", 4));
		body.put("duration_minutes", 90);

		var replaced = api.put("/services/" + id, adminToken(), body);

		assertThat(replaced.status()).isEqualTo(200);
		assertThat(replaced.text("name")).isEqualTo("Long haircut");
		assertThat(replaced.json().path("duration_minutes").asInt()).isEqualTo(90);
		assertThat(replaced.json().path("capacity").asInt()).isEqualTo(4);
	}

	@Test
	void deletingDeactivatesAServiceSoCustomersNoLongerSeeIt() {
		String id = createService(1);
		String customer = registerCustomer().token();

		assertThat(api.delete("/services/" + id, adminToken()).status()).isEqualTo(204);

		assertThat(api.get("/services/" + id, customer).status()).isEqualTo(404);
		assertThat(texts(api.get("/services", customer).json(), "id")).doesNotContain(id);
		assertThat(api.get("/services/" + id, adminToken()).json().path("active").asBoolean()).isFalse();
	}

	@Test
	void customersSeeTheListChangeAtOnceWhenStaffChangeTheCatalog() {
		String customer = registerCustomer().token();
		api.get("/services", customer);

		String id = createService(1);
		var afterCreate = texts(api.get("/services", customer).json(), "id");
		api.delete("/services/" + id, adminToken());
		var afterDelete = texts(api.get("/services", customer).json(), "id");

		assertThat(afterCreate).contains(id);
		assertThat(afterDelete).doesNotContain(id);
	}

	@Test
	void rejectsOpeningHoursThatCloseBeforeTheyOpen() {
		var body = new HashMap<>(serviceBody("Spa", 1));
		body.put("opening_hours", List.of(Map.of("day_of_week", "MONDAY", "opens", "18:00", "closes", "09:00")));

		var response = api.post("/services", adminToken(), body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("errors").get(0).path("field").asString()).startsWith("opening_hours[0]");
	}

	@Test
	void rejectsAnUnknownDayOfWeek() {
		var body = new HashMap<>(serviceBody("Spa", 1));
		body.put("opening_hours", List.of(Map.of("day_of_week", "FUNDAY", "opens", "09:00", "closes", "10:00")));

		var response = api.post("/services", adminToken(), body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("errors").get(0).path("field").asString())
			.isEqualTo("opening_hours[0].day_of_week");
	}

	@Test
	void slotsListTheFreeStartTimesOfADayInTheServicesZone() {
		String service = createService(2);
		String customer = registerCustomer().token();
		bookOk(customer, service, slot(3, 10));
		bookOk(customer, service, slot(3, 10));
		bookOk(customer, service, slot(3, 11));

		var response = api.get("/services/" + service + "/slots?date=" + slot(3, 10).toLocalDate(), customer);

		assertThat(response.status()).isEqualTo(200);
		var slots = response.json().path("slots");
		assertThat(slots).hasSize(8);
		assertThat(slots.get(0).path("starts_at").asString()).endsWith("T09:00:00+05:30");
		assertThat(slots.get(1).path("remaining").asInt()).isZero();
		assertThat(slots.get(2).path("remaining").asInt()).isEqualTo(1);
		assertThat(slots.get(7).path("ends_at").asString()).endsWith("T17:00:00+05:30");
	}

	@Test
	void slotsNeedAValidDate() {
		var response = api.get("/services/" + createService(1) + "/slots?date=someday", registerCustomer().token());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("date");
	}

}

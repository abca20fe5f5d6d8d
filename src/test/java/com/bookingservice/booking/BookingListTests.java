package com.bookingservice.booking;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.bookingservice.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

class BookingListTests extends ApiTest {

	@Test
	void customersSeeOnlyTheirOwnBookingsNewestFirst() {
		Customer customer = registerCustomer();
		Customer other = registerCustomer();
		String service = createService(5);
		String older = bookOk(customer.token(), service, slot(6, 10));
		String newer = bookOk(customer.token(), service, slot(6, 11));
		bookOk(other.token(), service, slot(6, 12));

		var page = api.get("/bookings", customer.token());

		assertThat(page.status()).isEqualTo(200);
		assertThat(texts(page.json().path("items"), "id")).containsExactly(newer, older);
		assertThat(page.json().path("total").asLong()).isEqualTo(2);
		assertThat(page.json().path("page").asInt()).isZero();
		assertThat(page.json().path("size").asInt()).isEqualTo(20);
	}

	@Test
	void staffSeeEveryonesBookingsAndFilterByCustomerStatusAndDates() {
		Customer customer = registerCustomer();
		String service = createService(5);
		String pending = bookOk(customer.token(), service, slot(7, 10));
		String confirmed = bookOk(customer.token(), service, slot(8, 10));
		String admin = adminToken();
		api.put("/bookings/" + confirmed + "/confirm", admin);
		String mine = "/bookings?customer_id=" + customer.id();

		var byStatus = api.get(mine + "&status=confirmed", admin);
		var byStatuses = api.get(mine + "&status=pending,confirmed", admin);
		var byDates = api.get(mine + "&from=" + encode(slot(7, 0).toString()) + "&to="
				+ encode(slot(8, 0).toString()), admin);

		assertThat(texts(byStatus.json().path("items"), "id")).containsExactly(confirmed);
		assertThat(texts(byStatuses.json().path("items"), "id")).containsExactlyInAnyOrder(pending, confirmed);
		assertThat(texts(byDates.json().path("items"), "id")).containsExactly(pending);
	}

	@Test
	void pagesThroughTheList() {
		Customer customer = registerCustomer();
		String service = createService(5);
		List<String> ids = List.of(bookOk(customer.token(), service, slot(9, 10)),
				bookOk(customer.token(), service, slot(9, 11)), bookOk(customer.token(), service, slot(9, 12)));

		var first = api.get("/bookings?size=2&page=0", customer.token());
		var second = api.get("/bookings?size=2&page=1", customer.token());

		assertThat(texts(first.json().path("items"), "id")).containsExactly(ids.get(2), ids.get(1));
		assertThat(texts(second.json().path("items"), "id")).containsExactly(ids.get(0));
		assertThat(second.json().path("total").asLong()).isEqualTo(3);
	}

	@Test
	void rejectsUnknownStatusesAndPageSizesOutOfRange() {
		String token = registerCustomer().token();

		var unknownStatus = api.get("/bookings?status=lost", token);
		var hugePage = api.get("/bookings?size=1000", token);
		var notADate = api.get("/bookings?from=yesterday", token);

		assertThat(unknownStatus.status()).isEqualTo(400);
		assertThat(unknownStatus.text("detail")).contains("lost");
		assertThat(hugePage.status()).isEqualTo(400);
		assertThat(hugePage.json().path("errors").get(0).path("field").asString()).isEqualTo("size");
		assertThat(notADate.status()).isEqualTo(400);
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

}

package com.bookingservice;

import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call what: every endpoint, called by nobody, by the customer who owns the booking,
 * by another customer and by staff.
 */
class AccessMatrixTests extends ApiTest {

	@ParameterizedTest(name = "{0} {1}: anonymous {2}, owner {3}, other customer {4}, admin {5}")
	@CsvSource(delimiter = '|', textBlock = """
			GET    | /services                   | 401 | 200 | 200 | 200
			GET    | /services/{service}         | 401 | 200 | 200 | 200
			POST   | /services                   | 401 | 403 | 403 | 201
			PUT    | /services/{service}         | 401 | 403 | 403 | 200
			DELETE | /services/{service}         | 401 | 403 | 403 | 204
			GET    | /services/{service}/slots   | 401 | 200 | 200 | 200
			POST   | /bookings/                  | 401 | 201 | 201 | 201
			GET    | /bookings                   | 401 | 200 | 200 | 200
			GET    | /bookings/{booking}         | 401 | 200 | 404 | 200
			PUT    | /bookings/{booking}/confirm | 401 | 403 | 403 | 200
			PUT    | /bookings/{booking}/complete| 401 | 403 | 403 | 200
			PUT    | /bookings/{booking}/cancel  | 401 | 200 | 404 | 200
			""")
	void answersEachKindOfCaller(String method, String path, int anonymous, int owner, int otherCustomer,
			int admin) {
		assertThat(callAs(method, path, fixture -> null)).isEqualTo(anonymous);
		assertThat(callAs(method, path, fixture -> fixture.owner().token())).isEqualTo(owner);
		assertThat(callAs(method, path, fixture -> registerCustomer().token())).isEqualTo(otherCustomer);
		assertThat(callAs(method, path, fixture -> adminToken())).isEqualTo(admin);
	}

	/**
	 * Calls the endpoint on fresh data: a service, and a booking of it that is confirmed
	 * where the endpoint completes it.
	 */
	private int callAs(String method, String template, Function<Fixture, String> token) {
		Fixture fixture = fixture(template.endsWith("/complete"));
		String path = template.replace("{service}", fixture.service()).replace("{booking}", fixture.booking());

		var call = api.call(method, path).token(token.apply(fixture));
		if (path.endsWith("/slots")) {
			call = api.call(method, path + "?date=" + slot(2, 10).toLocalDate()).token(token.apply(fixture));
		}
		else if (method.equals("POST") && path.startsWith("/bookings")) {
			call.json(Map.of("service_id", fixture.service(), "starts_at", slot(2, 11).toString()));
		}
		else if (method.equals("POST") || (method.equals("PUT") && path.startsWith("/services"))) {
			call.json(serviceBody("Massage", 1));
		}
		var response = call.send();
		if (response.status() >= 400) {
			assertThat(response.contentType()).as(method + " " + path).startsWith("application/problem+json");
		}
		return response.status();
	}

	private Fixture fixture(boolean confirmed) {
		Customer owner = registerCustomer();
		String service = createService(3);
		String booking = bookOk(owner.token(), service, slot(2, 10));
		if (confirmed) {
			api.put("/bookings/" + booking + "/confirm", adminToken());
		}
		return new Fixture(owner, service, booking);
	}

	private record Fixture(Customer owner, String service, String booking) {
	}

}

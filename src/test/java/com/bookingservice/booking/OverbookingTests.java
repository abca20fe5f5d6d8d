package com.bookingservice.booking;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.bookingservice.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

class OverbookingTests extends ApiTest {

	@Test
	void fiftyConcurrentRequestsForAnExclusiveSlotBookItExactlyOnce() throws Exception {
		String service = createService(1);
		OffsetDateTime start = slot(12, 10);
		List<String> tokens = IntStream.range(0, 10).mapToObj(i -> registerCustomer().token()).toList();
		CountDownLatch ready = new CountDownLatch(50);

		List<Integer> statuses;
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Callable<Integer>> requests = IntStream.range(0, 50).<Callable<Integer>>mapToObj(i -> () -> {
				ready.countDown();
				ready.await();
				return book(tokens.get(i % tokens.size()), service, start).status();
			}).toList();
			statuses = pool.invokeAll(requests).stream().map(OverbookingTests::result).toList();
		}

		assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
		assertThat(statuses).filteredOn(status -> status == 409).hasSize(49);
		var held = api.get("/bookings?size=100&from=" + encode(start.toString()) + "&to="
				+ encode(start.plusMinutes(1).toString()), adminToken());
		assertThat(held.json().path("items").valueStream()
			.filter(item -> item.path("service_id").asString().equals(service))
			.count()).isEqualTo(1);
	}

	private static Integer result(Future<Integer> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

}

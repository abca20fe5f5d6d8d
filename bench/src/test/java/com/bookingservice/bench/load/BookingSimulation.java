package com.bookingservice.bench.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The booking service's load in an open model. Each stair of the plan is its own set of
 * populations, started when the stair begins, so that with named stairs Gatling's statistics
 * show each request per stair; an optional warm-up comes before them, at its own rate, rising
 * to the first stair's over the warm-up when that is higher. The rate of a stair is the
 * number of bookings arriving per second; browsing customers and staff arrive at half that
 * rate each.
 */
public class BookingSimulation extends Simulation {

	/** The share of bookings paid online, when the service takes online payments. */
	static final double PAID_SHARE = 0.3;

	static final double BROWSE_PER_BOOKING = 0.5;

	static final double STAFF_PER_BOOKING = 0.5;

	private final LoadPlan plan = LoadPlan.fromEnvironment();

	private final Seed seed = Seed.read(plan.seedFile());

	{
		HttpProtocolBuilder protocol = http.baseUrl(plan.baseUrl())
			.acceptHeader("application/json")
			.contentTypeHeader("application/json")
			.userAgentHeader("booking-bench");
		setUp(populations()).protocols(protocol);
	}

	private long began;

	@Override
	public void before() {
		began = System.currentTimeMillis();
	}

	@Override
	public void after() {
		Handoffs.writeEvents(plan.eventsFile());
		Handoffs.writeClock(plan.clockFile(), began, System.currentTimeMillis());
	}

	private List<PopulationBuilder> populations() {
		List<PopulationBuilder> populations = new ArrayList<>();
		Duration warmup = Duration.ofSeconds(plan.warmupSeconds());
		if (!warmup.isZero()) {
			double to = Math.max(plan.warmupRate(), plan.levels().getFirst());
			stair(populations, "warm-up ", plan.warmupRate(), to, Duration.ZERO, warmup);
		}
		for (int stair = 0; stair < plan.levels().size(); stair++) {
			String prefix = plan.named() ? "L%02d ".formatted(stair + 1) : "";
			Duration start = warmup.plusSeconds((long) stair * plan.levelSeconds());
			double rate = plan.levels().get(stair);
			stair(populations, prefix, rate, rate, start, Duration.ofSeconds(plan.levelSeconds()));
		}
		return populations;
	}

	/**
	 * Adds the populations of one stair, whose arrival rate goes from one rate to another.
	 */
	private void stair(List<PopulationBuilder> populations, String prefix, double from, double to, Duration start,
			Duration length) {
		Journeys journeys = new Journeys(plan, seed, prefix, to);
		double paid = plan.payments() ? PAID_SHARE : 0;
		populations.add(population(prefix + "book", journeys.book(), (1 - paid), from, to, start, length));
		if (paid > 0) {
			populations.add(population(prefix + "book and pay", journeys.bookAndPay(), paid, from, to, start, length));
		}
		populations.add(population(prefix + "browse", journeys.browse(), BROWSE_PER_BOOKING, from, to, start, length));
		populations.add(population(prefix + "staff", journeys.staff(), STAFF_PER_BOOKING, from, to, start, length));
	}

	/**
	 * @param share this population's arrivals per booking that arrives
	 */
	private PopulationBuilder population(String name, ChainBuilder journey, double share, double from, double to,
			Duration start, Duration length) {
		OpenInjectionStep arrivals = from == to ? constantUsersPerSec(share * to).during(length)
				: rampUsersPerSec(share * from).to(share * to).during(length);
		var scenario = scenario(name).exec(journey);
		return start.isZero() ? scenario.injectOpen(arrivals) : scenario.injectOpen(nothingFor(start), arrivals);
	}

}

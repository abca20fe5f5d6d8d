package com.bookingservice.catalog;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.bookingservice.database.EmbeddedDatabase;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Fills an empty catalog with a few services on the first start of the zero-setup run, the
 * one on the embedded database that keeps its data, so that a new user has something to book.
 * A database the service is pointed at is never touched.
 */
@Component
class DemoCatalog implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);

	private final ServiceCatalog catalog;

	private final ObjectProvider<EmbeddedDatabase> embeddedDatabase;

	DemoCatalog(ServiceCatalog catalog, ObjectProvider<EmbeddedDatabase> embeddedDatabase) {
		this.catalog = catalog;
		this.embeddedDatabase = embeddedDatabase;
	}

	@Override
	public void run(ApplicationArguments args) {
		EmbeddedDatabase database = embeddedDatabase.getIfAvailable();
		if (database == null || database.temporary() || !catalog.isEmpty()) {
			return;
		}
		List<ServiceRequest> demo = services();
		demo.forEach(catalog::create);
		log.info("Added {} demo services to the empty catalog.", demo.size());
	}

	private static List<ServiceRequest> services() {
		List<OpeningHours> weekdays = hours(LocalTime.of(9, 0), LocalTime.of(18, 0), DayOfWeek.MONDAY,
				DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
		List<OpeningHours> everyMorning = hours(LocalTime.of(6, 0), LocalTime.of(10, 0), DayOfWeek.values());
		return List.of(
				new ServiceRequest("Haircut", 30, 50_000L, "INR", 2, "Asia/Kolkata", weekdays, true),
				new ServiceRequest("Full body massage", 60, 250_000L, "INR", 1, "Asia/Kolkata", weekdays, true),
				new ServiceRequest("Yoga class", 60, 80_000L, "INR", 12, "Asia/Kolkata", everyMorning, true));
	}

	private static List<OpeningHours> hours(LocalTime opens, LocalTime closes, DayOfWeek... days) {
		return Arrays.stream(days).map(day -> new OpeningHours(day, opens, closes)).toList();
	}

}

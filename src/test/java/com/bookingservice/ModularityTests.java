package com.bookingservice;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	@Test
	void featuresOnlyUseEachOthersPublicTypes() {
		ApplicationModules.of(BookingServiceApplication.class).verify();
	}

}

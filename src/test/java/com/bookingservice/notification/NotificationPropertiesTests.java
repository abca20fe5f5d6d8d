package com.bookingservice.notification;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings are checked at start-up.
 */
class NotificationPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Settings.class);

	@Test
	void defaultsGiveADayOfRetriesAndALeaseLongerThanAProviderCall() {
		runner.run(context -> {
			NotificationProperties properties = context.getBean(NotificationProperties.class);
			assertThat(properties.retry().maxAttempts()).isEqualTo(30);
			assertThat(properties.twilio().baseUrl()).hasToString("https://api.twilio.com");
			assertThat(properties.lease()).isGreaterThan(properties.twilio().readTimeout());
		});
	}

	@Test
	void refusesALeaseThatAProviderCallCouldOutlast() {
		runner.withPropertyValues("booking.notifications.lease=10s").run(context -> assertThat(context)
			.getFailure()
			.rootCause()
			.hasMessageContaining("leaseLongerThanATwilioCall"));
	}

	@Test
	void refusesARandomizationOfAWholeInterval() {
		runner.withPropertyValues("booking.notifications.retry.randomization=1.0")
			.run(context -> assertThat(context).hasFailed());
	}

	/**
	 * Binds the notification settings alone.
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(NotificationProperties.class)
	static class Settings {

	}

}

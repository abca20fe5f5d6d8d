package com.bookingservice.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * The couriers, and the virtual threads that deliveries are sent on, away from requests.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class NotificationConfiguration {

	/** The name of the executor that runs deliveries. */
	static final String EXECUTOR = "notificationExecutor";

	private static final long TERMINATION_TIMEOUT_MILLIS = 15_000;

	/**
	 * One virtual thread per delivery. How many talk to a provider at once is bounded per
	 * channel by {@link ProviderPermits}. On shut-down, sends in flight get a while to finish.
	 */
	@Bean(EXECUTOR)
	SimpleAsyncTaskExecutor notificationExecutor() {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("notification-");
		executor.setVirtualThreads(true);
		executor.setTaskTerminationTimeout(TERMINATION_TIMEOUT_MILLIS);
		return executor;
	}

	@Bean(destroyMethod = "close")
	Couriers couriers(NotificationProperties properties, ObjectProvider<JavaMailSender> mailSender) {
		return Couriers.of(properties, mailSender.getIfAvailable());
	}

}

package com.bookingservice.catalog;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catalog of bookable services: kept by admins, read by everyone.
 */
@Service
public class ServiceCatalog {

	private static final Logger log = LoggerFactory.getLogger(ServiceCatalog.class);

	private static final Sort BY_NAME = Sort.by("name", "id");

	/** How long a service read for display is kept before it is read again. */
	static final Duration RECENT = Duration.ofSeconds(10);

	private final ServiceRepository services;

	private final Clock clock;

	private final Cache<UUID, ServiceDefinition> recent = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(RECENT)
		.build();

	/** The active services as customers see them, kept as {@link #recent} is. */
	private final Cache<Boolean, List<ServiceView>> listed = Caffeine.newBuilder()
		.maximumSize(1)
		.expireAfterWrite(RECENT)
		.build();

	private final TransactionOperations readOnly;

	ServiceCatalog(ServiceRepository services, Clock clock, PlatformTransactionManager transactions) {
		this.services = services;
		this.clock = clock;
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.setReadOnly(true);
		this.readOnly = template;
	}

	/**
	 * A service that can be booked now, as recently read; see {@link #definitions}.
	 *
	 * @throws ServiceNotFound if there is none with this id, or it is inactive
	 */
	public ServiceDefinition bookable(UUID id) {
		return Optional.ofNullable(definitions(Set.of(id)).get(id))
			.filter(ServiceDefinition::active)
			.orElseThrow(() -> new ServiceNotFound(id));
	}

	/**
	 * Like {@link #bookable(UUID)}, but also locks the service until the caller's transaction
	 * ends, so that concurrent bookings of it are checked against its capacity in turn.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public ServiceDefinition lockForBooking(UUID id) {
		return services.findLockedById(id)
			.filter(BookableService::active)
			.map(BookableService::definition)
			.orElseThrow(() -> new ServiceNotFound(id));
	}

	/**
	 * The services with these ids, active or not, by id, for showing bookings and slots. They
	 * are kept in memory for a few seconds: a change made on this instance is seen at once, one
	 * made on another within {@link #RECENT}. Booking itself always reads the stored service.
	 */
	public Map<UUID, ServiceDefinition> definitions(Collection<UUID> ids) {
		return recent.getAll(ids, this::load);
	}

	private Map<UUID, ServiceDefinition> load(Set<? extends UUID> ids) {
		return services.findAllById(Set.copyOf(ids))
			.stream()
			.map(BookableService::definition)
			.collect(Collectors.toMap(ServiceDefinition::id, Function.identity()));
	}

	/**
	 * The services by name: for staff all of them as stored; for customers the active ones,
	 * kept in memory for a few seconds as {@link #definitions} are.
	 */
	List<ServiceView> list(boolean includeInactive) {
		if (includeInactive) {
			return readOnly.execute(status -> views(services.findAll(BY_NAME)));
		}
		return listed.get(Boolean.FALSE,
				active -> readOnly.execute(status -> views(services.findByActiveTrue(BY_NAME))));
	}

	private static List<ServiceView> views(List<BookableService> found) {
		return found.stream().map(BookableService::view).toList();
	}

	@Transactional(readOnly = true)
	ServiceView get(UUID id, boolean includeInactive) {
		return services.findById(id)
			.filter(service -> includeInactive || service.active())
			.map(BookableService::view)
			.orElseThrow(() -> new ServiceNotFound(id));
	}

	@Transactional
	ServiceView create(ServiceRequest request) {
		BookableService service = services.save(new BookableService(request, clock.instant()));
		forgetAfterCommit(service.id());
		log.info("Service {} added to the catalog.", service.id());
		return service.view();
	}

	@Transactional
	ServiceView replace(UUID id, ServiceRequest request) {
		BookableService service = services.findById(id).orElseThrow(() -> new ServiceNotFound(id));
		service.update(request, clock.instant());
		services.flush();
		forgetAfterCommit(id);
		return service.view();
	}

	@Transactional
	void deactivate(UUID id) {
		BookableService service = services.findById(id).orElseThrow(() -> new ServiceNotFound(id));
		service.deactivate(clock.instant());
		forgetAfterCommit(id);
		log.info("Service {} deactivated.", id);
	}

	private void forgetAfterCommit(UUID id) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				recent.invalidate(id);
				listed.invalidateAll();
			}

		});
	}

	@Transactional(readOnly = true)
	boolean isEmpty() {
		return services.count() == 0;
	}

}

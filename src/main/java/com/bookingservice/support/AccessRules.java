package com.bookingservice.support;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call a feature's endpoints. Each feature declares its own rules as a bean; the
 * security configuration applies them all before denying anything unlisted to anonymous callers.
 */
@FunctionalInterface
public interface AccessRules {

	void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);

}

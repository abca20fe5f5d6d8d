package com.bookingservice.account;

import java.util.List;

import jakarta.validation.Valid;

import com.bookingservice.account.AccountRequests.AccountView;
import com.bookingservice.account.AccountRequests.Credentials;
import com.bookingservice.account.AccountRequests.Registration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Sign-up and sign-in.
 */
@RestController
@RequestMapping("/auth")
class AccountController {

	private final AccountManagement accounts;

	AccountController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@PostMapping("/register")
	ResponseEntity<AccountView> register(@Valid @RequestBody Registration registration) {
		Account account = accounts.register(registration);
		return ResponseEntity.status(HttpStatus.CREATED).body(AccountView.of(account));
	}

	@PostMapping("/token")
	AccessToken token(@Valid @RequestBody Credentials credentials) {
		return accounts.signIn(credentials);
	}

	/**
	 * Lets controllers take the {@link Caller} as a parameter.
	 */
	@Configuration(proxyBeanMethods = false)
	static class CallerResolution implements WebMvcConfigurer {

		@Override
		public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
			resolvers.add(new CallerArgumentResolver());
		}

	}

}

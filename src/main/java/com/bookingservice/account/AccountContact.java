package com.bookingservice.account;

/**
 * How to reach the holder of an account.
 *
 * @param name the account holder's name
 * @param email their e-mail address
 * @param phone their phone number in E.164 form
 */
public record AccountContact(String name, String email, String phone) {
}

package com.bookingservice.account;

/**
 * What an account may do: customers book for themselves, admins run the business.
 */
public enum Role {

	CUSTOMER, ADMIN

}

/**
 * Customer and staff accounts, sign-in with bearer tokens, and who may call what.
 */
package com.bookingservice.account;

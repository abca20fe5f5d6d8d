/**
 * Bookings of a service for a time slot: availability, the booking lifecycle and its rules.
 */
package com.bookingservice.booking;

package com.bookingservice.booking;

import java.util.List;

/**
 * One page of bookings, newest first.
 *
 * @param items the bookings on this page
 * @param page the page's number, from 0
 * @param size the largest number of items on a page
 * @param total how many bookings match in all
 */
record BookingPage(List<BookingView> items, int page, int size, long total) {
}

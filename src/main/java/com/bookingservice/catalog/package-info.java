/**
 * The services that customers can book: duration, price, capacity and opening hours.
 */
package com.bookingservice.catalog;

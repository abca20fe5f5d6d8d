package com.bookingservice.account;

/**
 * A signed access token as handed to a client.
 *
 * @param accessToken the JWT to send as {@code Authorization: Bearer}
 * @param tokenType always {@code Bearer}
 * @param expiresIn seconds until it expires
 */
record AccessToken(String accessToken, String tokenType, long expiresIn) {
}

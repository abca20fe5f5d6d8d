/**
 * Web plumbing that every feature shares: problem details, request limits, paths and access rules.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.bookingservice.support;

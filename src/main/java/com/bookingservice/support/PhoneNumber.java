package com.bookingservice.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/**
 * The annotated string must be a phone number in E.164 form: a plus, a country code and
 * the subscriber number, up to 15 digits in all.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Pattern(regexp = "^\\+[1-9][0-9]{6,14}$")
public @interface PhoneNumber {

	@OverridesAttribute(constraint = Pattern.class, name = "message")
	String message() default "must be a phone number in E.164 form, such as +919812345678";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}

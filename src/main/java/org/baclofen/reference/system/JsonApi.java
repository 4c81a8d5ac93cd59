package org.baclofen.reference.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A stateless JSON API controller (the tools under {@code /api}, the CDS Hooks service):
 * it accepts and answers JSON only, writes nothing, and reports bad input as
 * {@link ApiProblems}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
@RequestMapping(produces = "application/json")
public @interface JsonApi {

	@AliasFor(annotation = RequestMapping.class, attribute = "path")
	String[] value() default {};

}

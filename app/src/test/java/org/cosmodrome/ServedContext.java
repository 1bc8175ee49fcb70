package org.cosmodrome;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The application context of the tests that need a real HTTP server (a browser, or many clients at once): the whole
 * app on a random port and a fresh embedded PostgreSQL of its own, with {@link Principals}. Every class that uses
 * this annotation and nothing else shares it.
 * <p>
 * The browser tests count the data set's pads, so a test here that adds pads removes them again
 * ({@link TestRecords#removePadsAddedByTests}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Principals.class)
public @interface ServedContext {
}

package org.cosmodrome;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * An application context of its own, on its own embedded PostgreSQL, for tests that would disturb the shared
 * {@link RegistryContext}: they tamper with the ledger, or run into the rate limit, which is five requests a minute
 * per token here. Every class that uses this annotation and nothing else shares it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = "cosmodrome.identity.requests-per-minute=5")
@AutoConfigureMockMvc
@Import(Principals.class)
public @interface ScratchContext {
}

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
 * The one application context the registry's integration tests share: the whole app on a fresh embedded PostgreSQL
 * with the Baikonur data set loaded, reached through MockMvc, with {@link Principals} to sign requests in. Every class
 * that uses this annotation and nothing else gets the same cached context, so the database starts once per test run.
 * <p>
 * Tests that add pads remove them again (see {@link TestRecords#removePadsAddedByTests}), because the data-set tests
 * count the pads; other records are added under ids and names no data-set test looks at.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@Import(Principals.class)
public @interface RegistryContext {
}

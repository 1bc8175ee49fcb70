package org.cosmodrome.platform.persistence;

import java.io.IOException;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts an embedded PostgreSQL (zonky) when no external database URL is configured, or attaches an admin command
 * to the one a running server started ({@link EmbeddedCluster}), and points the application's pool at it. With
 * {@code COSMODROME_DB_URL} set, none of this runs and Spring Boot's own data source is used.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedCluster embeddedCluster(EmbeddedDatabaseSettings settings) throws IOException {
        return EmbeddedCluster.open(settings);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedCluster cluster) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(cluster.jdbcUrl());
        pool.setUsername("postgres");
        // An admin command runs one command on a connection or two, beside the server's own pool.
        pool.setMaximumPoolSize(cluster.attached() ? 2 : 10);
        pool.setPoolName("cosmodrome-embedded");
        return new HikariDataSource(pool);
    }

    /** True when {@code spring.datasource.url} (fed by {@code COSMODROME_DB_URL}) is empty. */
    static final class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }

}

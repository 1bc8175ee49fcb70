package org.cosmodrome.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param demoAccounts create one demo account per role on the first start of the embedded database (never when
 *        {@code COSMODROME_DB_URL} points at an external database)
 * @param tokenValidityDays validity of a new API token unless the caller asks for less
 * @param maxTokenValidityDays the longest validity a token may be given
 * @param requestsPerMinute API requests a token may make per minute before it gets 429
 */
@ConfigurationProperties("cosmodrome.identity")
public record IdentitySettings(@DefaultValue("true") boolean demoAccounts,
        @DefaultValue("90") int tokenValidityDays,
        @DefaultValue("365") int maxTokenValidityDays,
        @DefaultValue("600") int requestsPerMinute) {
}

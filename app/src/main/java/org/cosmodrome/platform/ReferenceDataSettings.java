package org.cosmodrome.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The data set loaded at start-up.
 *
 * @param enabled load it at all (tests of an empty registry turn it off)
 * @param location resource folder holding {@code vehicles.json}, {@code organizations.json}, {@code pads.json},
 *        ... ; the Baikonur data set by default
 */
@ConfigurationProperties("cosmodrome.reference-data")
public record ReferenceDataSettings(@DefaultValue("true") boolean enabled,
        @DefaultValue("classpath:baikonur/") String location) {
}

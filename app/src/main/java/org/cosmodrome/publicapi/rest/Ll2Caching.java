package org.cosmodrome.publicapi.rest;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * ETags on the LL2 API: a hash of each response body, so a client that sends it back in {@code If-None-Match} gets
 * 304 without the body when nothing changed. The controller sets {@code Cache-Control}.
 */
@Configuration(proxyBeanMethods = false)
class Ll2Caching {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> ll2EtagFilter() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns(Ll2Controller.BASE + "/*");
        registration.setName("ll2EtagFilter");
        return registration;
    }
}

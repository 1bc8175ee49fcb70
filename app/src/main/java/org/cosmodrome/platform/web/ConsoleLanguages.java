package org.cosmodrome.platform.web;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The console's languages: Kazakh, Russian and English. {@code ?lang=kk} switches and a cookie remembers the choice;
 * without one, the first supported language of the browser's Accept-Language is used, else English.
 */
@Configuration(proxyBeanMethods = false)
public class ConsoleLanguages implements WebMvcConfigurer {

    /** The supported languages, in the order the switcher lists them. */
    public static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("kk"), Locale.forLanguageTag("ru"),
            Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("cosmodrome-language");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(ConsoleLanguages::firstSupported);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor switcher = new LocaleChangeInterceptor();
        switcher.setParamName("lang");
        switcher.setIgnoreInvalidLocale(true);
        registry.addInterceptor(new SupportedOnly(switcher));
    }

    static Locale firstSupported(HttpServletRequest request) {
        for (Locale wanted : Collections.list(request.getLocales())) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(wanted.getLanguage())) {
                    return supported;
                }
            }
        }
        return Locale.ENGLISH;
    }

    /** Lets only the supported languages through the switcher, so {@code ?lang=xx} cannot pick an unknown one. */
    private record SupportedOnly(LocaleChangeInterceptor delegate)
            implements org.springframework.web.servlet.HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                Object handler) throws jakarta.servlet.ServletException {
            String wanted = request.getParameter(delegate.getParamName());
            if (wanted != null && SUPPORTED.stream().noneMatch(l -> l.getLanguage().equals(wanted))) {
                return true;
            }
            return delegate.preHandle(request, response, handler);
        }
    }
}

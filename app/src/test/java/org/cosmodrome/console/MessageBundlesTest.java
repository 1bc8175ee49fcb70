package org.cosmodrome.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's three message bundles say the same things: same keys, same placeholders, nothing empty. */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/messages" + suffix + ".properties")) {
            assertThat(in).as("messages%s.properties on the classpath", suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"_ru", "_kk"})
    void everyLanguageHasExactlyTheKeysOfTheEnglishBundle(String language) throws IOException {
        Set<String> english = new TreeSet<>(bundle("").stringPropertyNames());
        Set<String> translated = new TreeSet<>(bundle(language).stringPropertyNames());

        assertThat(difference(english, translated)).as("keys missing in messages%s", language).isEmpty();
        assertThat(difference(translated, english)).as("keys only in messages%s", language).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"_ru", "_kk"})
    void everyTranslationKeepsThePlaceholdersOfTheEnglishText(String language) throws IOException {
        Properties english = bundle("");
        Properties translated = bundle(language);
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(translated.getProperty(key, "")))
                    .as("placeholders of %s in messages%s", key, language)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void noMessageIsEmptyInAnyLanguage() throws IOException {
        for (String language : new String[] {"", "_ru", "_kk"}) {
            Properties messages = bundle(language);
            for (String key : messages.stringPropertyNames()) {
                assertThat(messages.getProperty(key)).as("%s in messages%s", key, language).isNotBlank();
            }
        }
    }

    @Test
    void kazakhAndRussianBundlesAreWrittenInCyrillic() throws IOException {
        assertThat(bundle("_kk").getProperty("nav.pads")).containsPattern("\\p{IsCyrillic}");
        assertThat(bundle("_ru").getProperty("nav.pads")).containsPattern("\\p{IsCyrillic}");
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> missing = new TreeSet<>(a);
        missing.removeAll(b);
        return missing;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}

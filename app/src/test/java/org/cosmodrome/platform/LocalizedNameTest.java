package org.cosmodrome.platform;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalizedNameTest {

    private static final Locale KAZAKH = Locale.forLanguageTag("kk");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Test
    void givesTheNameInTheRequestedLanguage() {
        LocalizedName name = new LocalizedName("JV Baiterek", "СП Байтерек", "Бәйтерек БК");

        assertThat(name.in(RUSSIAN)).isEqualTo("СП Байтерек");
        assertThat(name.in(KAZAKH)).isEqualTo("Бәйтерек БК");
        assertThat(name.in(Locale.ENGLISH)).isEqualTo("JV Baiterek");
    }

    @Test
    void fallsBackToEnglishWithoutARussianName() {
        assertThat(new LocalizedName("Skyroot Aerospace", null, null).in(RUSSIAN)).isEqualTo("Skyroot Aerospace");
    }

    @Test
    void fallsBackToRussianThenEnglishWithoutAKazakhName() {
        assertThat(new LocalizedName("Khrunichev", "Хруничев", null).in(KAZAKH)).isEqualTo("Хруничев");
        assertThat(new LocalizedName("Skyroot Aerospace", null, null).in(KAZAKH)).isEqualTo("Skyroot Aerospace");
    }

    @Test
    void otherLanguagesGetEnglish() {
        assertThat(new LocalizedName("Roscosmos", "Роскосмос", null).in(Locale.GERMAN)).isEqualTo("Roscosmos");
    }

    @Test
    void requiresAnEnglishName() {
        assertThatThrownBy(() -> new LocalizedName(" ", "Роскосмос", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

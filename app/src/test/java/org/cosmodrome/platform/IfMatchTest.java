package org.cosmodrome.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IfMatchTest {

    @Test
    void noHeaderMeansNoExpectedVersion() {
        assertThat(IfMatch.version(null)).isNull();
        assertThat(IfMatch.version("  ")).isNull();
    }

    @Test
    void readsAStrongETag() {
        assertThat(IfMatch.version("\"3\"")).isEqualTo(3);
    }

    @Test
    void readsAWeakETag() {
        assertThat(IfMatch.version("W/\"12\"")).isEqualTo(12);
    }

    @Test
    void readsABareVersionWithSurroundingSpaces() {
        assertThat(IfMatch.version(" 7 ")).isEqualTo(7);
    }

    @Test
    void anyVersionMatchesAStar() {
        assertThat(IfMatch.version("*")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"abc\"", "\"-1\"", "\"1.5\"", "\"1234567890\""})
    void refusesTagsThisApiNeverIssuesNamingTheHeader(String header) {
        assertThatThrownBy(() -> IfMatch.version(header)).isInstanceOfSatisfying(InvalidField.class, refused -> {
            assertThat(refused.field()).isEqualTo("If-Match");
            assertThat(refused.code()).isEqualTo("if-match.malformed");
        });
    }
}

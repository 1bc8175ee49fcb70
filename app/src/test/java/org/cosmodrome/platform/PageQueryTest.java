package org.cosmodrome.platform;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageQueryTest {

    @Test
    void acceptsSizesFromOneToTheMaximum() {
        assertThat(new PageQuery(0, 1).size()).isEqualTo(1);
        assertThat(new PageQuery(0, PageQuery.MAX_SIZE).size()).isEqualTo(500);
    }

    @Test
    void refusesASizeOfZeroOrAboveTheMaximumNamingSize() {
        for (int size : new int[] {0, -1, PageQuery.MAX_SIZE + 1}) {
            assertThatThrownBy(() -> new PageQuery(0, size)).isInstanceOfSatisfying(InvalidField.class,
                    refused -> assertThat(refused.field()).isEqualTo("size"));
        }
    }

    @Test
    void refusesANegativePageNamingPage() {
        assertThatThrownBy(() -> new PageQuery(-1, 10)).isInstanceOfSatisfying(InvalidField.class,
                refused -> assertThat(refused.field()).isEqualTo("page"));
    }

    @Test
    void skipsWholePagesWithoutOverflowing() {
        assertThat(new PageQuery(3, 50).offset()).isEqualTo(150);
        assertThat(new PageQuery(Integer.MAX_VALUE, 500).offset()).isEqualTo(Integer.MAX_VALUE * 500L);
    }

    @Test
    void countsPagesRoundingUp() {
        assertThat(Page.of(List.of(), new PageQuery(0, 10), 23).totalPages()).isEqualTo(3);
        assertThat(Page.of(List.of(), new PageQuery(0, 10), 20).totalPages()).isEqualTo(2);
        assertThat(Page.of(List.of(), new PageQuery(0, 10), 0).totalPages()).isZero();
    }
}

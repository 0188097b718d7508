package org.oursociety.core.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void knowsWhetherThereIsAPreviousAndANextPage() {
        Page<String> first = new Page<>(List.of("a", "b"), 0, 2, 5);
        Page<String> last = new Page<>(List.of("e"), 2, 2, 5);

        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();
        assertThat(last.hasPrevious()).isTrue();
        assertThat(last.hasNext()).isFalse();
        assertThat(first.pageCount()).isEqualTo(3);
        assertThat(new Page<String>(List.of(), 0, 2, 0).pageCount()).isEqualTo(1);
    }

    @Test
    void pageNumbersFromTheOutsideAreCheckedWithAClearMessage() {
        assertThat(Page.number(null)).isZero();
        assertThat(Page.number(" 3 ")).isEqualTo(3);
        assertThatThrownBy(() -> Page.number("-1")).hasMessageContaining("\"page\"");
        assertThatThrownBy(() -> Page.number("two")).hasMessageContaining("\"page\"");
        assertThatThrownBy(() -> Page.number("99999999999")).hasMessageContaining("\"page\"");
    }
}

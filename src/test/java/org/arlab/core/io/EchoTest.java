package org.arlab.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EchoTest {
    @Test
    void controlCharactersAreEscapedAndLongTextCut() {
        assertThat(Echo.of("a\rb\nc\td\u001cе\u2028")).isEqualTo("a\\rb\\nc\\td\\u001cе\\u2028");
        assertThat(Echo.of("x".repeat(100))).hasSize(40).endsWith("…");
        assertThat(Echo.of("x".repeat(40))).isEqualTo("x".repeat(40));
        assertThat(Echo.of("\n".repeat(100))).hasSizeLessThanOrEqualTo(40).endsWith("…").doesNotContain("\n");
        assertThat(Echo.of("😀".repeat(30))).endsWith("…").doesNotContain("\uFFFD");
        assertThat(Echo.line("a\nb".repeat(100))).doesNotContain("\n").hasSize(400);
        assertThat(Echo.of(null)).isEqualTo("null");
    }
}
